using SupportDesk.Domain.Customers;

namespace SupportDesk.Domain.UnitTests.Tickets;

/// <summary>Who writes what on a ticket, and when the conversation closes.</summary>
public sealed class ConversationTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];
    private const string CustomerAccount = "customer-account";

    private static MessageAuthor CustomerOf(Shop shop) => MessageAuthor.Customer(shop.Customer.Id, shop.Customer.FullName, CustomerAccount);

    private static MessageAuthor AgentOf(Agent agent) => MessageAuthor.Agent(agent.Id, agent.FullName, agent.UserId!);

    private static Attachment Upload(string account) => Attachment.Upload(account, "box.png", Png, 2048, Times.Opened);

    [Test]
    public void The_customer_and_the_holding_agent_write_to_each_other_and_the_ticket_counts_their_messages()
    {
        var shop = new Shop();
        var agent = Build.Agent();
        var ticket = shop.TicketHeldBy(agent);

        var question = ticket.AddMessage(AgentOf(agent), "Which colour did you expect?", false, [], Times.Assigned.AddMinutes(1));
        var answer = ticket.AddMessage(CustomerOf(shop), "  Blue.  ", false, [], Times.Assigned.AddMinutes(2));

        Assert.Multiple(() =>
        {
            Assert.That(question.AuthorRole, Is.EqualTo(MessageAuthorRole.Agent));
            Assert.That(answer.Body, Is.EqualTo("Blue."));
            Assert.That(ticket.MessageCount, Is.EqualTo(2));
            Assert.That(ticket.LastMessageAt, Is.EqualTo(Times.Assigned.AddMinutes(2)));
            Assert.That(ticket.DomainEvents.OfType<TicketMessageAdded>().Select(e => e.MessageId), Is.EqualTo(new[] { question.Id, answer.Id }));
        });
    }

    [Test]
    public void An_internal_note_is_not_counted_as_a_message_to_the_customer()
    {
        var shop = new Shop();
        var agent = Build.Agent();
        var ticket = shop.TicketHeldBy(agent);

        var note = ticket.AddMessage(AgentOf(agent), "Customer called twice.", true, [], Times.Later);
        var managerNote = ticket.AddMessage(MessageAuthor.Manager("Manager", "manager-account"), "Refund approved.", true, [], Times.Later);

        Assert.Multiple(() =>
        {
            Assert.That(note.Internal && managerNote.Internal, Is.True);
            Assert.That(ticket.MessageCount, Is.Zero);
            Assert.That(ticket.LastMessageAt, Is.Null);
            Assert.That(ticket.DomainEvents.OfType<TicketMessageAdded>().All(e => e.Internal), Is.True);
        });
    }

    [Test]
    public void A_customer_cannot_write_an_internal_note_and_a_manager_cannot_write_to_the_customer()
    {
        var shop = new Shop();
        var ticket = shop.TicketHeldBy(Build.Agent());

        Assert.Multiple(() =>
        {
            Assert.That(() => ticket.AddMessage(CustomerOf(shop), "Psst.", true, [], Times.Later),
                Throws.InstanceOf<MessageNotAllowedException>());
            Assert.That(() => ticket.AddMessage(MessageAuthor.Manager("Manager", "m"), "Hello customer.", false, [], Times.Later),
                Throws.InstanceOf<MessageNotAllowedException>());
            Assert.That(ticket.MessageCount, Is.Zero);
        });
    }

    [Test]
    public void Only_the_agent_holding_the_ticket_writes_on_it()
    {
        var shop = new Shop();
        var ticket = shop.TicketHeldBy(Build.Agent());
        var other = Build.Agent("Alan Turing", "alan@support.example");

        Assert.That(() => ticket.AddMessage(AgentOf(other), "I'll take this.", false, [], Times.Later),
            Throws.InstanceOf<TicketNotHeldByAgentException>());
        Assert.That(() => shop.OpenTicket().AddMessage(AgentOf(other), "Waiting ticket.", true, [], Times.Later),
            Throws.InstanceOf<TicketNotHeldByAgentException>());
    }

    [Test]
    public void Another_customer_cannot_write_on_the_ticket()
    {
        var shop = new Shop();
        var ticket = shop.OpenTicket();
        var stranger = MessageAuthor.Customer(Guid.NewGuid(), "Eve", "eve-account");

        Assert.That(() => ticket.AddMessage(stranger, "Mine now.", false, [], Times.Later), Throws.InstanceOf<MessageNotAllowedException>());
    }

    [Test]
    public void A_waiting_ticket_takes_the_customer_s_messages()
    {
        var shop = new Shop();
        var ticket = shop.OpenTicket();

        ticket.AddMessage(CustomerOf(shop), "One more detail.", false, [], Times.Later);

        Assert.That(ticket.MessageCount, Is.EqualTo(1));
    }

    [Test]
    public void A_resolved_ticket_takes_no_more_messages_or_files()
    {
        var shop = new Shop();
        var agent = Build.Agent();
        var ticket = shop.TicketHeldBy(agent);
        ticket.Resolve(agent, ResolutionOutcome.Refund, "Refunded.", Times.Resolved);

        Assert.Multiple(() =>
        {
            Assert.That(() => ticket.AddMessage(CustomerOf(shop), "Thanks!", false, [], Times.Later),
                Refused.With(MessageErrorCodes.TicketResolved));
            Assert.That(() => ticket.Attach(CustomerOf(shop), [Upload(CustomerAccount)]), Refused.With(MessageErrorCodes.TicketResolved));
            Assert.That(ticket.MessageCount, Is.Zero);
            Assert.That(ticket.AttachmentCount, Is.Zero);
        });
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("Bell\u0007")]
    public void A_message_needs_plain_text(string body)
    {
        var shop = new Shop();
        var ticket = shop.OpenTicket();

        Assert.That(() => ticket.AddMessage(CustomerOf(shop), body, false, [], Times.Later), Refused.With(MessageErrorCodes.Invalid));
    }

    [Test]
    public void A_message_is_at_most_4000_characters()
    {
        var shop = new Shop();
        var ticket = shop.OpenTicket();

        Assert.That(ticket.AddMessage(CustomerOf(shop), new string('a', TicketMessage.BodyLength), false, [], Times.Later).Body,
            Has.Length.EqualTo(TicketMessage.BodyLength));
        Assert.That(() => ticket.AddMessage(CustomerOf(shop), new string('a', TicketMessage.BodyLength + 1), false, [], Times.Later),
            Refused.With(MessageErrorCodes.Invalid));
    }

    [Test]
    public void Files_shown_with_a_message_belong_to_the_ticket_and_the_message()
    {
        var shop = new Shop();
        var ticket = shop.OpenTicket();
        var photo = Upload(CustomerAccount);

        var message = ticket.AddMessage(CustomerOf(shop), "See the photo.", false, [photo], Times.Later);

        Assert.Multiple(() =>
        {
            Assert.That(photo.TicketId, Is.EqualTo(ticket.Id));
            Assert.That(photo.MessageId, Is.EqualTo(message.Id));
            Assert.That(ticket.AttachmentCount, Is.EqualTo(1));
        });
    }

    [Test]
    public void A_file_is_shown_once_and_only_by_who_uploaded_it()
    {
        var shop = new Shop();
        var agent = Build.Agent();
        var ticket = shop.TicketHeldBy(agent);
        var photo = Upload(CustomerAccount);
        ticket.AddMessage(CustomerOf(shop), "Photo.", false, [photo], Times.Later);

        Assert.Multiple(() =>
        {
            Assert.That(() => ticket.AddMessage(CustomerOf(shop), "Again.", false, [photo], Times.Later),
                Throws.InstanceOf<AttachmentNotAvailableException>());
            Assert.That(() => ticket.AddMessage(AgentOf(agent), "Theirs.", false, [Upload(CustomerAccount)], Times.Later),
                Throws.InstanceOf<AttachmentNotAvailableException>());
        });
    }

    [Test]
    public void A_ticket_holds_at_most_ten_files_and_the_eleventh_changes_nothing()
    {
        var shop = new Shop();
        var ticket = shop.OpenTicket();
        ticket.Attach(CustomerOf(shop), Enumerable.Range(0, AttachmentRules.MaxPerTicket).Select(_ => Upload(CustomerAccount)).ToList());
        var eleventh = Upload(CustomerAccount);

        Assert.That(() => ticket.Attach(CustomerOf(shop), [eleventh]), Refused.With(AttachmentErrorCodes.LimitReached));
        Assert.That(() => ticket.AddMessage(CustomerOf(shop), "One more.", false, [eleventh], Times.Later),
            Refused.With(AttachmentErrorCodes.LimitReached));
        Assert.Multiple(() =>
        {
            Assert.That(ticket.AttachmentCount, Is.EqualTo(AttachmentRules.MaxPerTicket));
            Assert.That(ticket.MessageCount, Is.Zero);
            Assert.That(eleventh.TicketId, Is.Null);
        });
    }

    [Test]
    public void A_file_already_on_the_ticket_is_not_counted_twice_when_a_message_shows_it()
    {
        var shop = new Shop();
        var agent = Build.Agent();
        var ticket = shop.TicketHeldBy(agent);
        var label = Upload(agent.UserId!);
        ticket.Attach(AgentOf(agent), [label]);

        ticket.AddMessage(AgentOf(agent), "Your return label.", false, [label], Times.Later);

        Assert.That(ticket.AttachmentCount, Is.EqualTo(1));
    }

    [Test]
    public void A_manager_does_not_attach_files_to_a_ticket()
    {
        var shop = new Shop();
        var ticket = shop.TicketHeldBy(Build.Agent());

        Assert.That(() => ticket.Attach(MessageAuthor.Manager("Manager", "m"), [Upload("m")]), Throws.InstanceOf<MessageNotAllowedException>());
    }

    [Test]
    public void A_customer_opens_a_ticket_with_their_uploads()
    {
        var customer = new Customer("Ada Lovelace", "ada@example.com", CustomerAccount, Times.OrderPlaced.AddDays(-30));
        var order = Build.Order(customer);
        var photos = new[] { Upload(CustomerAccount), Upload(CustomerAccount) };

        var ticket = Ticket.Open(TicketNumber.New(), customer, order, order.Lines.First().Id, 1, ReturnReason.Damaged,
            "Crushed box.", ReturnPolicy.Default, Times.Opened, photos);

        Assert.Multiple(() =>
        {
            Assert.That(photos.Select(p => p.TicketId), Is.All.EqualTo(ticket.Id));
            Assert.That(photos.Select(p => p.MessageId), Is.All.Null);
            Assert.That(ticket.AttachmentCount, Is.EqualTo(2));
        });
    }

    [Test]
    public void Opening_with_someone_else_s_upload_is_refused_before_any_change()
    {
        var customer = new Customer("Ada Lovelace", "ada@example.com", CustomerAccount, Times.OrderPlaced.AddDays(-30));
        var order = Build.Order(customer);
        var line = order.Lines.First();
        var claimedBefore = line.ClaimedQuantity;

        Assert.That(() => Ticket.Open(TicketNumber.New(), customer, order, line.Id, 1, ReturnReason.Damaged, "Crushed box.",
            ReturnPolicy.Default, Times.Opened, [Upload("someone-else")]), Throws.InstanceOf<AttachmentNotAvailableException>());
        Assert.That(line.ClaimedQuantity, Is.EqualTo(claimedBefore));
    }
}
