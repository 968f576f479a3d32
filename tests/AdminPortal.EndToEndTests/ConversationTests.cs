using SupportDesk.Application.Conversation.Commands.AddMessage;
using SupportDesk.Application.Conversation.Commands.UploadAttachment;
using SupportDesk.Application.Conversation.Queries.GetMessages;
using SupportDesk.Application.Orders.Commands.ImportOrder;
using SupportDesk.Application.Tickets.Commands.OpenTicket;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>The conversation on a ticket, as the agent holds it on the desk and the manager reads it.</summary>
public sealed class ConversationTests : PortalTest
{
    /// <summary>A real 1×1 PNG, so the browser draws the thumbnail.</summary>
    private static readonly byte[] Photo = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    [Test]
    public async Task The_agent_reads_the_customer_s_photo_and_message_replies_adds_a_note_and_resolves()
    {
        var email = Seeder.UniqueEmail("thread");
        await Seed.CreateAgentAsync("Noor Thread", email);
        var customer = await Seed.RegisterCustomerAsync("Kim Customer");
        var order = await Seed.ImportOrderAsync(customer, new ImportOrderLine("LAMP-9", "Desk lamp", 1, 39.00m));

        // The customer uploads a photo, opens the ticket with it, and writes a first message.
        var photo = await Seed.SendAsync(customer.Principal, new UploadAttachmentCommand("crushed-box.png", new MemoryStream(Photo)));
        var ticket = await Seed.SendAsync(customer.Principal, new OpenTicketCommand(order.Id, order.Lines[0].Id, 1, ReturnReason.Damaged,
            "The box arrived crushed.", [photo.Id]));
        await Seed.SendAsync(customer.Principal, new AddMessageCommand(ticket.Id, "The lamp shade is dented too."));

        await SignInAsync(Page, email, Seeder.Password);
        await Expect(Page.GetByTestId("ticket-number")).ToHaveTextAsync(ticket.Number, new() { Timeout = 20_000 });
        var thread = Page.GetByTestId("thread-region");
        await Expect(thread.GetByTestId("message-body")).ToHaveTextAsync(["The lamp shade is dented too."]);
        var thumb = thread.GetByTestId("ticket-files").GetByTestId("attachment-thumb");
        await Expect(thumb).ToHaveAttributeAsync("alt", "crushed-box.png");
        await Page.WaitForFunctionAsync(
            "() => { const img = document.querySelector('[data-testid=ticket-files] img'); return img && img.complete && img.naturalWidth === 1; }");

        // The customer writes again while the desk is open: it shows without a reload, and a half-typed reply stays.
        await Page.EvaluateAsync("() => { window.deskMarker = 'never reloaded'; }");
        await Page.GetByLabel("Write to the customer").FillAsync("Draft in progress");
        await Seed.SendAsync(customer.Principal, new AddMessageCommand(ticket.Id, "Should I keep the packaging?"));
        await Expect(thread.GetByTestId("message-body")).ToHaveCountAsync(2, new() { Timeout = 15_000 });
        Assert.That(await Page.EvaluateAsync<string>("() => window.deskMarker"), Is.EqualTo("never reloaded"));
        await Expect(Page.GetByLabel("Write to the customer")).ToHaveValueAsync("Draft in progress");

        // The agent replies with a PDF label, then adds an internal note.
        await Page.GetByLabel("Write to the customer").FillAsync("Yes, please keep it. Your return label is attached.");
        await Page.GetByLabel("Attach files").SetInputFilesAsync(new FilePayload
        {
            Name = "label.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\n%%EOF\n"u8.ToArray(),
        });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync("Message sent to the customer.");
        await Expect(thread.GetByTestId("attachment-link")).ToContainTextAsync("label.pdf");

        await Page.GetByLabel("Write to the customer").FillAsync("Courier confirmed the damage on pickup.");
        await Page.GetByLabel("Internal note (the customer never sees it)").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync("Internal note added.");
        await Expect(thread.Locator("[data-internal='true']")).ToContainTextAsync("Courier confirmed the damage on pickup.");

        // A manager adds an internal note from the ticket's page; the desk shows it by itself.
        var manager = await NewPageAsync();
        await SignInAsManagerAsync(manager);
        await manager.GotoAsync($"/tickets/{ticket.Id}");
        await manager.GetByLabel("Internal note (the customer never sees it)").FillAsync("Approved: refund without return.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Expect(manager.GetByTestId("flash")).ToContainTextAsync("Internal note added.");
        await Expect(thread.Locator("[data-internal='true']")).ToHaveCountAsync(2, new() { Timeout = 15_000 });

        // An empty reply is refused at the field.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Expect(Page.GetByTestId("reply-body-error")).Not.ToBeEmptyAsync();

        await Page.GetByLabel("Refund").CheckAsync();
        await Page.GetByLabel("Message to the customer").FillAsync("Refunded in full.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Resolve ticket" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync($"Ticket {ticket.Number} resolved");

        // The customer reads the reply (through the use case the API serves), never the note.
        var seen = await Seed.SendAsync(customer.Principal, new GetMessagesQuery(ticket.Id));
        Assert.That(seen.Items.Select(m => m.Body), Is.EqualTo(new[]
        {
            "The lamp shade is dented too.", "Should I keep the packaging?", "Yes, please keep it. Your return label is attached.",
        }));
        Assert.That(seen.Items[2].Author.Name, Is.EqualTo("Noor"));
        Assert.That(seen.Items[2].Attachments.Select(a => a.FileName), Is.EqualTo(new[] { "label.pdf" }));

        // The customer's emails, written by the portal's own sender into its pickup folder: the ticket received, an
        // agent on it, the agent's message, the outcome; never an internal note.
        var emails = await EmailsToAsync(customer.Email, ticket.Number, count: 4);
        Assert.That(emails.Select(e => e.Subject), Is.EquivalentTo(new[]
        {
            $"We received your return request {ticket.Number}", $"An agent is on your return request {ticket.Number}",
            $"A message about your return request {ticket.Number}", $"Your return request {ticket.Number} is settled: refund",
        }));
        Assert.That(emails.Select(e => e.TextBody), Has.Some.Contains("Yes, please keep it."));
        Assert.That(emails.Select(e => e.TextBody + e.HtmlBody), Has.None.Contains("Courier confirmed").And.None.Contains("refund without return"));

        // The manager's ticket page shows the whole thread, the notes included; a resolved ticket takes no more.
        await manager.ReloadAsync();
        await Expect(manager.GetByTestId("message")).ToHaveCountAsync(5);
        await Expect(manager.Locator("[data-internal='true']")).ToHaveCountAsync(2);
        await Expect(manager.GetByTestId("note-form")).ToHaveCountAsync(0);

        // Away, so that this agent takes no ticket meant for another test.
        await Page.GetByTestId("availability").GetByRole(AriaRole.Button, new() { Name = "Away" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync("You are away");
    }

    /// <summary>The emails to <paramref name="email"/> about <paramref name="ticketNumber"/>, once there are
    /// <paramref name="count"/> (the portal sends them after each commit; a few seconds at most).</summary>
    private static async Task<List<MimeKit.MimeMessage>> EmailsToAsync(string email, string ticketNumber, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var found = Directory.Exists(PortalSuite.MailDirectory)
                ? Directory.GetFiles(PortalSuite.MailDirectory, "*.eml").Select(path => MimeKit.MimeMessage.Load(path))
                    .Where(m => m.To.Mailboxes.Any(to => to.Address == email) && (m.Subject ?? string.Empty).Contains(ticketNumber, StringComparison.Ordinal))
                    .ToList()
                : [];
            if (found.Count >= count || DateTime.UtcNow > deadline)
            {
                Assert.That(found, Has.Count.EqualTo(count), $"emails about {ticketNumber} to {email}");
                return found;
            }

            await Task.Delay(250);
        }
    }
}
