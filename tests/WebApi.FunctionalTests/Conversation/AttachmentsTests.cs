namespace SupportDesk.WebApi.FunctionalTests.Conversation;

public sealed class AttachmentsTests : FunctionalTest
{
    private async Task<(CustomerSession Customer, AgentSession Agent, TicketResponse Ticket)> TicketInProgressAsync()
    {
        var agent = await Desk.AddAgentAsync();
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var ticket = await Desk.OpenTicketAsync(customer, order);
        return (customer, agent, await Desk.AssignedEventuallyAsync(ticket.Id, agent));
    }

    [Test]
    public async Task A_png_renamed_pdf_is_stored_and_served_as_a_png()
    {
        var (customer, agent, ticket) = await TicketInProgressAsync();
        var png = Files.Png(4096);

        var stored = (await customer.Api.UploadAsync(png, "receipt.pdf", ticket.Id, "application/pdf")).Expect(HttpStatusCode.Created);

        using var download = await Files.DownloadAsync(agent.Api, ticket.Id, stored.Id);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored.ContentType, Is.EqualTo("image/png"));
            Assert.That(stored.FileName, Is.EqualTo("receipt.png"));
            Assert.That(stored.Size, Is.EqualTo(png.Length));
            Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(download.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/png"));
            Assert.That(download.Content.Headers.ContentDisposition!.DispositionType, Is.EqualTo("attachment"));
            Assert.That(download.Content.Headers.ContentDisposition.FileName!.Trim('"'), Is.EqualTo("receipt.png"));
            Assert.That(download.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(png));
            Assert.That((await customer.Api.GetTicketAsync(ticket.Id)).Expect(HttpStatusCode.OK).Attachments!.Select(a => a.Id),
                Is.EqualTo(new[] { stored.Id }));
        }
    }

    [Test]
    public async Task An_executable_named_jpg_is_refused_and_nothing_is_stored()
    {
        var (customer, _, ticket) = await TicketInProgressAsync();
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        AssertProblem(await customer.Api.UploadAsync(Files.Executable(), "photo.jpg", ticket.Id, "image/jpeg"),
            HttpStatusCode.UnsupportedMediaType, "attachment.unsupported_type");
        AssertProblem(await customer.Api.UploadAsync(Files.Executable(), "photo.jpg", declaredType: "image/jpeg"),
            HttpStatusCode.UnsupportedMediaType, "attachment.unsupported_type");
        AssertProblem(await customer.Api.UploadAsync([], "empty.png", ticket.Id, "image/png"),
            HttpStatusCode.UnsupportedMediaType, "attachment.unsupported_type");
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Ten_megabytes_are_accepted_and_one_byte_more_is_413_with_nothing_stored()
    {
        var (customer, _, ticket) = await TicketInProgressAsync();
        const int limit = 10 * 1024 * 1024;

        (await customer.Api.UploadAsync(Files.Pdf(limit), "scan.pdf", ticket.Id)).Expect(HttpStatusCode.Created);
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var refused = AssertProblem(await customer.Api.UploadAsync(Files.Pdf(limit + 1), "scan.pdf", ticket.Id),
            HttpStatusCode.RequestEntityTooLarge, "attachment.too_large");
        AssertProblem(await customer.Api.UploadAsync(Files.Pdf(limit + 1), "scan.pdf"), HttpStatusCode.RequestEntityTooLarge,
            "attachment.too_large");
        Assert.That(refused.Detail, Does.Contain("10 MB"));
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task The_eleventh_file_of_a_ticket_is_409()
    {
        var (customer, agent, ticket) = await TicketInProgressAsync();
        for (var i = 0; i < 5; i++)
        {
            (await customer.Api.UploadAsync(Files.Jpeg(), $"photo{i}.jpg", ticket.Id)).Expect(HttpStatusCode.Created);
            (await agent.Api.UploadAsync(Files.Pdf(), $"label{i}.pdf", ticket.Id)).Expect(HttpStatusCode.Created);
        }

        var before = await FunctionalTestRun.Database.FingerprintAsync();

        AssertProblem(await customer.Api.UploadAsync(Files.Jpeg(), "one-more.jpg", ticket.Id), HttpStatusCode.Conflict, "attachment.limit_reached");
        var upload = (await customer.Api.UploadAsync(Files.Jpeg(), "later.jpg")).Expect(HttpStatusCode.Created);
        var afterUpload = await FunctionalTestRun.Database.FingerprintAsync();
        AssertProblem(await customer.Api.AddMessageAsync(ticket.Id, new("And this one", AttachmentIds: [upload.Id])),
            HttpStatusCode.Conflict, "attachment.limit_reached");
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(afterUpload));
        Assert.That(afterUpload, Is.Not.EqualTo(before), "the unbound upload itself was stored");
    }

    [Test]
    public async Task A_customer_uploads_first_and_opens_the_ticket_with_the_files()
    {
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var photo = (await customer.Api.UploadAsync(Files.Jpeg(), "crushed-box.jpg")).Expect(HttpStatusCode.Created);
        var invoice = (await customer.Api.UploadAsync(Files.Pdf(), "invoice.pdf")).Expect(HttpStatusCode.Created);

        var ticket = (await customer.Api.OpenTicketAsync(Desk.TicketRequest(order) with { AttachmentIds = [photo.Id, invoice.Id] }))
            .Expect(HttpStatusCode.Created);

        var read = (await customer.Api.GetTicketAsync(ticket.Id)).Expect(HttpStatusCode.OK);
        using var download = await Files.DownloadAsync(customer.Api, ticket.Id, photo.Id);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ticket.Attachments!.Select(a => a.Id), Is.EquivalentTo(new[] { photo.Id, invoice.Id }));
            Assert.That(read.Attachments!.Select(a => a.FileName), Is.EquivalentTo(new[] { "crushed-box.jpg", "invoice.pdf" }));
            Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        AssertProblem(await customer.Api.OpenTicketAsync(Desk.TicketRequest(order) with { AttachmentIds = [photo.Id] }),
            HttpStatusCode.BadRequest, "attachment.not_available");
    }

    [Test]
    public async Task Another_customer_s_upload_cannot_be_taken_and_nothing_changes()
    {
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var other = await Desk.RegisterCustomerAsync();
        var theirs = (await other.Api.UploadAsync(Files.Png(), "theirs.png")).Expect(HttpStatusCode.Created);
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        AssertProblem(await customer.Api.OpenTicketAsync(Desk.TicketRequest(order) with { AttachmentIds = [theirs.Id] }),
            HttpStatusCode.BadRequest, "attachment.not_available");
        AssertProblem(await customer.Api.OpenTicketAsync(Desk.TicketRequest(order) with { AttachmentIds = [Guid.NewGuid()] }),
            HttpStatusCode.BadRequest, "attachment.not_available");
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Files_are_served_only_to_who_may_read_them()
    {
        var (customer, agent, ticket) = await TicketInProgressAsync();
        var stranger = await Desk.RegisterCustomerAsync();
        var manager = await Desk.ManagerAsync();
        var integration = await Desk.IntegrationAsync();
        var shared = (await customer.Api.UploadAsync(Files.Png(), "box.png", ticket.Id)).Expect(HttpStatusCode.Created);
        var staffOnly = (await agent.Api.UploadAsync(Files.Pdf(), "warehouse-report.pdf", ticket.Id)).Expect(HttpStatusCode.Created);
        (await agent.Api.AddMessageAsync(ticket.Id, new("Warehouse report", Internal: true, AttachmentIds: [staffOnly.Id])))
            .Expect(HttpStatusCode.Created);

        async Task<HttpStatusCode> StatusAsync(ApiClient api, Guid id)
        {
            using var response = await Files.DownloadAsync(api, ticket.Id, id);
            return response.StatusCode;
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await StatusAsync(customer.Api, shared.Id), Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await StatusAsync(integration, shared.Id), Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await StatusAsync(stranger.Api, shared.Id), Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await StatusAsync(manager, staffOnly.Id), Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await StatusAsync(agent.Api, staffOnly.Id), Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await StatusAsync(customer.Api, staffOnly.Id), Is.EqualTo(HttpStatusCode.NotFound), "shown with an internal note");
            Assert.That(await StatusAsync(integration, staffOnly.Id), Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await StatusAsync(customer.Api, Guid.NewGuid()), Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await StatusAsync(Desk.Anonymous, shared.Id), Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await customer.Api.GetMessagesAsync(ticket.Id)).Expect(HttpStatusCode.OK).Items, Is.Empty);
        }
    }

    [Test]
    public async Task Who_may_upload_and_bad_requests()
    {
        var (customer, agent, ticket) = await TicketInProgressAsync();
        var other = await Desk.AddAgentAsync();
        var stranger = await Desk.RegisterCustomerAsync();
        var manager = await Desk.ManagerAsync();
        var integration = await Desk.IntegrationAsync();
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        using (Assert.EnterMultipleScope())
        {
            AssertProblem(await manager.UploadAsync(Files.Png(), "m.png", ticket.Id), HttpStatusCode.Forbidden);
            AssertProblem(await integration.UploadAsync(Files.Png(), "i.png", ticket.Id), HttpStatusCode.Forbidden);
            AssertProblem(await integration.UploadAsync(Files.Png(), "i.png"), HttpStatusCode.Forbidden);
            AssertProblem(await agent.Api.UploadAsync(Files.Png(), "a.png"), HttpStatusCode.Forbidden);
            AssertProblem(await other.Api.UploadAsync(Files.Png(), "o.png", ticket.Id), HttpStatusCode.Forbidden, "ticket.not_holder");
            AssertProblem(await stranger.Api.UploadAsync(Files.Png(), "s.png", ticket.Id), HttpStatusCode.NotFound);
            AssertProblem(await Desk.Anonymous.UploadAsync(Files.Png(), "x.png"), HttpStatusCode.Unauthorized);
            AssertProblem(await customer.Api.SendTextAsync(HttpMethod.Post, "/api/attachments", "{}"), HttpStatusCode.UnsupportedMediaType);
            var noFile = new MultipartFormDataContent { { new StringContent("hello"), "note" } };
            AssertProblem(await customer.Api.SendAsync(HttpMethod.Post, $"/api/tickets/{ticket.Id}/attachments", noFile),
                HttpStatusCode.BadRequest, "request.validation");
        }

        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_resolved_ticket_takes_no_more_files()
    {
        var (customer, agent, ticket) = await TicketInProgressAsync();
        (await agent.Api.ResolveTicketAsync(ticket.Id)).Expect(HttpStatusCode.OK);
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        AssertProblem(await customer.Api.UploadAsync(Files.Png(), "late.png", ticket.Id), HttpStatusCode.Conflict, "message.ticket_resolved");
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }
}
