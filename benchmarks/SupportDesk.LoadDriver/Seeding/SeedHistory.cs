namespace SupportDesk.LoadDriver.Seeding;

/// <summary>
/// The history the bulk seeder writes, decided in memory before the first row is sent: a line's quantity, claimed
/// quantity and version, an order's dates and an agent's last ticket all follow from the tickets placed on them,
/// so the tickets are planned first and the parents written from the totals. Everything comes from one seeded
/// <see cref="Random"/>, and the times from the current hour: two runs in the same hour plan the same rows, later runs
/// the same rows moved in time.
/// </summary>
internal sealed class SeedHistory
{
    public const int RandomSeed = 6;

    // Reasons, outcomes and templates as the domain spells them (the load driver does not reference the domain).
    public static readonly string[] Reasons = ["Damaged", "Defective", "WrongItem", "NotAsDescribed", "NoLongerNeeded", "Other"];
    private static readonly int[] ReasonWeights = [25, 25, 15, 15, 15, 5];
    /// <summary>The default priority of a reason (ReturnPolicy.DefaultPriorityByReason).</summary>
    public static string PriorityOf(string reason) => reason switch
    {
        "Damaged" or "Defective" or "WrongItem" => "High",
        "NoLongerNeeded" => "Low",
        _ => "Normal",
    };

    /// <summary>The default service-level targets of a priority (ServiceLevelPolicy's defaults).</summary>
    public static (TimeSpan Assign, TimeSpan Resolve) Targets(string priority) => priority switch
    {
        "High" => (TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(240)),
        "Low" => (TimeSpan.FromMinutes(240), TimeSpan.FromMinutes(2880)),
        _ => (TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(1440)),
    };

    public static readonly string[] Outcomes = ["Refund", "Replacement", "StoreCredit", "Rejected"];
    private static readonly int[] OutcomeWeights = [40, 25, 15, 20];
    public const int Rejected = 3;
    private static readonly int[] QuantityWeights = [75, 18, 7];

    /// <summary>The domain's largest line quantity (Limits.MaxLineQuantity), which an import would refuse to exceed.</summary>
    private const int MaxLineQuantity = 100_000;

    /// <summary>Crockford's base 32, the ticket numbers' alphabet.</summary>
    private const string NumberAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static readonly string[][] Descriptions =
    [
        ["The box was crushed and the item inside is dented.", "Arrived with a cracked housing.", "Scratches all over the front panel."],
        ["Stopped working after two days.", "Does not switch on at all.", "Makes a loud grinding noise when running."],
        ["I ordered the black one and received the white one.", "Wrong size was delivered.", "The parcel contained a different product."],
        ["The colour is nothing like the photos.", "Much smaller than the description says.", "The material feels cheap, not as advertised."],
        ["Bought a second one by mistake.", "Found a better fit elsewhere.", "A gift that was not needed after all."],
        ["Please call me about this return.", "Returning as agreed with the shop.", "See the attached note in the parcel."],
    ];

    private static readonly string[][] ResolutionNotes =
    [
        ["Refunded to the original payment method.", "Full refund issued after inspection.", "Refund approved, item received."],
        ["Replacement shipped today.", "Sent a new unit, old one collected.", "Replacement approved from local stock."],
        ["Store credit issued as requested.", "Credit added to the customer account.", "Store credit issued, item restocked."],
        ["Return window expired.", "Damage caused by misuse, not covered.", "Item returned incomplete; return refused."],
    ];

    private static readonly string[] FirstNames =
    [
        "Anna", "Ben", "Chloé", "David", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kaja", "Luca", "Maya",
        "Noah", "Olga", "Pablo", "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wen", "Ximena", "Yusuf", "Zoe",
    ];

    private static readonly string[] LastNames =
    [
        "Andersen", "Becker", "Costa", "Dubois", "Eriksen", "Fischer", "García", "Horvat", "Ivanova", "Jansen",
        "Kowalski", "Laurent", "Moreau", "Nowak", "Okafor", "Petrov", "Quintero", "Rossi", "Schmidt", "Tanaka",
        "Ueda", "Varga", "Weber", "Xu", "Yilmaz", "Zieliński",
    ];

    private static readonly (string Name, decimal Price)[] Catalogue =
    [
        ("Electric kettle 1.7 l", 39.90m), ("Two-slice toaster", 34.50m), ("Espresso machine", 249.00m),
        ("Hand blender", 29.99m), ("Stand mixer", 319.00m), ("Rice cooker", 59.00m), ("Air fryer 4 l", 89.90m),
        ("Cast iron pan 28 cm", 44.00m), ("Chef's knife 20 cm", 69.00m), ("Cutting board, oak", 24.90m),
        ("Wireless headphones", 129.00m), ("Bluetooth speaker", 79.00m), ("USB-C charger 65 W", 39.00m),
        ("Power bank 20000 mAh", 45.00m), ("Mechanical keyboard", 99.00m), ("Wireless mouse", 24.99m),
        ("27-inch monitor", 279.00m), ("Webcam 1080p", 49.00m), ("Desk lamp LED", 35.00m), ("Office chair", 219.00m),
        ("Running shoes", 119.00m), ("Rain jacket", 89.00m), ("Wool sweater", 75.00m), ("Denim jeans", 59.90m),
        ("Cotton T-shirt, 3-pack", 29.90m), ("Leather belt", 34.00m), ("Backpack 25 l", 64.00m),
        ("Travel suitcase", 149.00m), ("Yoga mat", 27.50m), ("Dumbbell set", 89.00m), ("Water bottle, steel", 19.90m),
        ("Bicycle helmet", 59.00m), ("Camping tent, 2 persons", 179.00m), ("Sleeping bag", 99.00m),
        ("Board game", 39.99m), ("Jigsaw puzzle 1000", 17.99m), ("Bed linen set", 69.00m), ("Bath towel, 2-pack", 32.00m),
        ("Table lamp", 49.50m), ("Wall clock", 28.00m),
    ];

    private SeedHistory(DateTime hour)
    {
        Hour = hour;
    }

    /// <summary>The start of the hour the history is planned in: every time written is before it, and two runs in
    /// the same hour write the same rows.</summary>
    public DateTime Hour { get; }

    public SeedCustomer[] Customers { get; private set; } = [];

    public SeedLine[] Lines { get; private set; } = [];

    public SeedAgent[] Agents { get; private set; } = [];

    public SeedTicket[] Tickets { get; private set; } = [];

    public static string Sku(SeedLine line) => $"SKU-{line.Product + 10001}";

    public static string ProductName(SeedLine line) => Catalogue[line.Product].Name;

    public static decimal UnitPrice(SeedLine line) => Catalogue[line.Product].Price;

    public static string Description(in SeedTicket ticket) => Descriptions[ticket.Reason][ticket.Text];

    public static string ResolutionNote(in SeedTicket ticket) => ResolutionNotes[ticket.Outcome][ticket.Text];

    /// <summary>The domain's ticket number format: <c>T-XXXX-XXXX</c>, 40 bits in Crockford's base 32.</summary>
    public static string TicketNumber(long bits)
    {
        Span<char> text = stackalloc char[11];
        text[0] = 'T';
        text[1] = '-';
        text[6] = '-';
        for (var i = 0; i < 8; i++)
        {
            text[i < 4 ? 2 + i : 3 + i] = NumberAlphabet[(int)((bits >> (35 - (5 * i))) & 31)];
        }

        return new string(text);
    }

    /// <summary>The 40 bits of a number in the domain's format, to keep the planner from reusing a number in use.</summary>
    public static bool TryParseTicketNumber(string number, out long bits)
    {
        bits = 0;
        if (number.Length != 11 || !number.StartsWith("T-", StringComparison.Ordinal) || number[6] != '-')
        {
            return false;
        }

        foreach (var c in string.Concat(number.AsSpan(2, 4), number.AsSpan(7, 4)))
        {
            var digit = NumberAlphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (digit < 0)
            {
                return false;
            }

            bits = (bits << 5) | (uint)digit;
        }

        return true;
    }

    /// <param name="takenNumbers">Ticket numbers already in the database (as their 40 bits), never reused.</param>
    public static SeedHistory Plan(SeedOptions options, DateTime now, HashSet<long> takenNumbers)
    {
        var random = new Random(RandomSeed);

        // The window ends six hours before the current hour began: the last tickets are resolved before now, and
        // two runs in the same hour plan the same times.
        var hour = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc);
        var history = new SeedHistory(hour);
        var end = hour.AddHours(-6);
        var start = end.AddDays(-options.Days);

        history.Customers = PlanCustomers(random, options.Customers, out var lines);
        history.Lines = lines;
        history.Agents = PlanAgents(random, options.HistoricalAgents, start);
        history.Tickets = PlanTickets(random, history, options.Tickets, start, end, takenNumbers);
        CompleteParents(random, history, start, end);
        return history;
    }

    private static SeedCustomer[] PlanCustomers(Random random, int count, out SeedLine[] lines)
    {
        var customers = new SeedCustomer[count];
        var allLines = new List<SeedLine>(count * 3);
        Span<int> products = stackalloc int[3];
        for (var i = 0; i < count; i++)
        {
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var customer = new SeedCustomer
            {
                FullName = $"{first} {last}",
                // Lower case and unique, as the import stores it; its own domain keeps it apart from the accounts
                // the load driver registers.
                Email = $"customer{i + 1:D7}@bulk-history.example",
                OrderNumber = $"BULK-{i + 1:D7}",
                FirstLine = allLines.Count,
                LineCount = random.Next(2, 4),
            };

            // Distinct products per order: (OrderId, Sku) is unique.
            for (var l = 0; l < customer.LineCount; l++)
            {
                int product;
                do
                {
                    product = random.Next(Catalogue.Length);
                }
                while (products[..l].Contains(product));

                products[l] = product;
                allLines.Add(new SeedLine { Customer = i, Product = product });
            }

            customers[i] = customer;
        }

        lines = [.. allLines];
        return customers;
    }

    private static SeedAgent[] PlanAgents(Random random, int count, DateTime start)
    {
        var agents = new SeedAgent[count];
        for (var i = 0; i < count; i++)
        {
            agents[i] = new SeedAgent
            {
                FullName = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}",
                Email = $"agent{i + 1:D4}@bulk-history.example",
                // There is no foreign key to AspNetUsers: a removed agent's account is never used again, and this
                // fake one can never sign in (no such user exists).
                UserId = $"bulk-history-agent-{i + 1:D4}",
                CreatedAt = Micro(start - TimeSpan.FromDays(7 + (random.NextDouble() * 83))),
            };
        }

        return agents;
    }

    /// <summary>
    /// Tickets in creation order, each served as the product does it: the oldest waiting ticket goes to the agent
    /// free for the longest time, and an agent works on one ticket at a time (rule 3), so the assigned and resolved
    /// times of one agent never overlap.
    /// </summary>
    private static SeedTicket[] PlanTickets(Random random, SeedHistory history, int count, DateTime start, DateTime end,
        HashSet<long> takenNumbers)
    {
        var tickets = new SeedTicket[count];
        if (count == 0)
        {
            return tickets;
        }

        var span = end - start;
        // About half of the agents' time is spent on tickets (capped at 25 minutes a ticket): queues stay short and
        // the last ticket is resolved within hours of the window's end, whatever Tickets, Days and agents are.
        var meanService = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(25).Ticks,
            (long)(0.5 * history.Agents.Length * span.Ticks / count)));
        var free = new PriorityQueue<int, (DateTime FreeAt, int Agent)>(history.Agents.Length);
        for (var a = 0; a < history.Agents.Length; a++)
        {
            free.Enqueue(a, (history.Agents[a].CreatedAt, a));
        }

        for (var i = 0; i < count; i++)
        {
            // Evenly spread with jitter, strictly increasing: creation order is the insertion order, which keeps the
            // time-ordered (version 7) primary keys append-only.
            var createdAt = Micro(start + (span * ((i + random.NextDouble()) / count)));
            var customer = random.Next(history.Customers.Length);
            var lineIndex = history.Customers[customer].FirstLine + random.Next(history.Customers[customer].LineCount);
            free.TryDequeue(out var agent, out var slot);
            var assignedAt = Micro(Max(createdAt, slot.FreeAt) + (meanService * (0.02 + (random.NextDouble() * 0.15))));
            var service = meanService * Math.Clamp(-Math.Log(1 - random.NextDouble()), 0.125, 6);
            var resolvedAt = Micro(assignedAt + service);
            free.Enqueue(agent, (resolvedAt, agent));

            var ticket = new SeedTicket
            {
                Id = NewId(random, createdAt),
                Number = NewNumber(random, takenNumbers),
                Line = lineIndex,
                Agent = agent,
                Quantity = (byte)(Pick(random, QuantityWeights) + 1),
                Reason = (byte)Pick(random, ReasonWeights),
                Outcome = (byte)Pick(random, OutcomeWeights),
                Text = (byte)random.Next(3),
                CreatedAt = createdAt,
                AssignedAt = assignedAt,
                ResolvedAt = resolvedAt,
            };
            tickets[i] = ticket;

            var line = history.Lines[lineIndex];
            line.Tickets++;
            line.TicketQuantity += ticket.Quantity;
            if (ticket.Outcome == Rejected)
            {
                // A rejection gives the items back to the line: not claimed, and one more update of the line.
                line.Rejections++;
            }
            else
            {
                line.ClaimedQuantity += ticket.Quantity;
            }

            var owner = history.Customers[customer];
            owner.FirstTicketAt ??= createdAt;
            history.Agents[agent].Tickets++;
        }

        foreach (var (agent, slot) in free.UnorderedItems)
        {
            if (history.Agents[agent].Tickets > 0)
            {
                history.Agents[agent].LastResolvedAt = slot.FreeAt;
            }
        }

        return tickets;
    }

    private static void CompleteParents(Random random, SeedHistory history, DateTime start, DateTime end)
    {
        var latest = history.Hour;
        foreach (var line in history.Lines)
        {
            // Room for every ticket placed on the line, rejected ones included (each was claimed while it was
            // open), plus a few items never returned.
            line.Quantity = Math.Max(1, line.TicketQuantity + random.Next(0, 4));
            if (line.Quantity > MaxLineQuantity)
            {
                throw new InvalidOperationException(
                    "Too many tickets per customer: an order line holds at most 100,000 items; seed more customers.");
            }
        }

        foreach (var customer in history.Customers)
        {
            // Placed before the first ticket on it (or at some point of the window when it has none); the import,
            // which also created the customer, came a little later but before any ticket.
            var reference = customer.FirstTicketAt ?? start + ((end - start) * random.NextDouble());
            customer.PlacedAt = Micro(reference - TimeSpan.FromHours(2 + (random.NextDouble() * 478)));
            customer.ImportedAt = Micro(customer.PlacedAt + TimeSpan.FromMinutes(1 + (random.NextDouble() * 59)));
            customer.Id = NewId(random, customer.ImportedAt);
            customer.OrderId = NewId(random, customer.ImportedAt);
        }

        foreach (var line in history.Lines)
        {
            line.Id = NewId(random, history.Customers[line.Customer].ImportedAt);
        }

        foreach (var agent in history.Agents)
        {
            agent.Id = NewId(random, agent.CreatedAt);
            agent.AvailableSince = agent.LastResolvedAt ?? agent.CreatedAt;
            if (agent.AvailableSince >= latest)
            {
                throw new InvalidOperationException(
                    "The planned history runs past the present: give the seeder more days or more historical agents.");
            }

            // Left after their last ticket (a removed agent holds none: Remove returns it to the queue first).
            var removedAt = agent.AvailableSince + TimeSpan.FromHours(1 + (random.NextDouble() * 47));
            agent.RemovedAt = Micro(removedAt < latest ? removedAt : latest);
        }
    }

    /// <summary>A version 7 GUID for <paramref name="at"/>, as <c>Guid.CreateVersion7</c> makes them but from the
    /// seeded generator: ids sort by time, so the time-ordered rows are appended to the clustered index.</summary>
    public static Guid NewId(Random random, DateTime at)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes[6..]);
        var milliseconds = (at - DateTime.UnixEpoch).Ticks / TimeSpan.TicksPerMillisecond;
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (40 - (8 * i)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    private static long NewNumber(Random random, HashSet<long> taken)
    {
        while (true)
        {
            var bits = random.NextInt64(1L << 40);
            if (taken.Add(bits))
            {
                return bits;
            }
        }
    }

    private static int Pick(Random random, int[] weights)
    {
        var roll = random.Next(weights.Sum());
        for (var i = 0; ; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }
    }

    /// <summary>Whole microseconds, what a <c>datetime(6)</c> column keeps: the row reads back exactly as planned.</summary>
    private static DateTime Micro(DateTime value) => new(value.Ticks - (value.Ticks % 10), DateTimeKind.Utc);

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}

internal sealed class SeedCustomer
{
    public Guid Id { get; set; }

    public required string FullName { get; init; }

    public required string Email { get; init; }

    public Guid OrderId { get; set; }

    public required string OrderNumber { get; init; }

    public int FirstLine { get; init; }

    public int LineCount { get; init; }

    public DateTime? FirstTicketAt { get; set; }

    public DateTime PlacedAt { get; set; }

    /// <summary>When the order was imported, which is also when the import created the customer.</summary>
    public DateTime ImportedAt { get; set; }
}

internal sealed class SeedLine
{
    public Guid Id { get; set; }

    public int Customer { get; init; }

    public int Product { get; init; }

    public int Quantity { get; set; }

    public int ClaimedQuantity { get; set; }

    public int TicketQuantity { get; set; }

    public int Tickets { get; set; }

    public int Rejections { get; set; }

    /// <summary>One update per ticket claiming items and one per rejection giving them back.</summary>
    public int Version => Tickets + Rejections;
}

internal sealed class SeedAgent
{
    public Guid Id { get; set; }

    public required string FullName { get; init; }

    public required string Email { get; init; }

    public required string UserId { get; init; }

    public DateTime CreatedAt { get; init; }

    public int Tickets { get; set; }

    public DateTime? LastResolvedAt { get; set; }

    public DateTime AvailableSince { get; set; }

    public DateTime RemovedAt { get; set; }

    /// <summary>Taking and releasing each ticket updates the agent, and so did the removal.</summary>
    public int Version => (2 * Tickets) + 1;
}

/// <summary>One planned ticket; a struct in one array, since there are a million of them.</summary>
internal struct SeedTicket
{
    public Guid Id;
    public long Number;
    public int Line;
    public int Agent;
    public byte Quantity;
    public byte Reason;
    public byte Outcome;
    public byte Text;
    public DateTime CreatedAt;
    public DateTime AssignedAt;
    public DateTime ResolvedAt;
}
