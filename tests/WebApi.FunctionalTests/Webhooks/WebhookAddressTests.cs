using Microsoft.Extensions.DependencyInjection;
using SupportDesk.Infrastructure.Webhooks;

namespace SupportDesk.WebApi.FunctionalTests.Webhooks;

/// <summary>
/// SSRF: with <c>Webhooks:AllowPrivateNetworks</c> off (the default), a subscription must be https on a public
/// address, and a delivery only ever connects to a public address, whatever the name resolves to at that moment.
/// An API of its own with the default, on the suite's database.
/// </summary>
public sealed class WebhookAddressTests : FunctionalTest
{
    private SupportDeskApiFactory _factory = null!;
    private HttpClient _http = null!;

    [OneTimeSetUp]
    public void StartAnApiWithTheDefault()
    {
        _factory = SupportDeskApiFactory.StartBeside(FunctionalTestRun.Database.ConnectionString,
            settings => settings.Remove("Webhooks:AllowPrivateNetworks"));
        _http = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopTheApiAsync()
    {
        _http.Dispose();
        await _factory.DisposeAsync();
    }

    [TestCase("https://127.0.0.1/hooks")]
    [TestCase("https://localhost/hooks")]
    [TestCase("https://10.1.2.3/hooks")]
    [TestCase("https://172.20.0.5/hooks")]
    [TestCase("https://192.168.1.10/hooks")]
    [TestCase("https://100.64.0.1/hooks")]
    [TestCase("https://169.254.169.254/latest/meta-data")]
    [TestCase("https://[::1]/hooks")]
    [TestCase("https://[fd00:ec2::254]/hooks")]
    [TestCase("https://[fe80::1]/hooks")]
    [TestCase("https://[::ffff:127.0.0.1]/hooks")]
    [TestCase("https://0.0.0.0/hooks")]
    [TestCase("http://93.184.215.14/hooks")]
    public async Task A_url_inside_the_network_or_not_https_is_refused(string url)
    {
        var manager = await ManagerAsync();

        var response = await manager.CreateWebhookAsync(new WebhookRequest(url, ["*"]));

        var problem = AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.That(problem.Errors!.Keys, Has.Some.EqualTo("url").IgnoreCase);
        Assert.That((await manager.GetWebhooksAsync()).Expect(HttpStatusCode.OK).TotalCount, Is.Zero);
    }

    [Test]
    public async Task A_public_https_address_is_accepted_and_moving_it_inside_is_refused()
    {
        var manager = await ManagerAsync();
        var created = (await manager.CreateWebhookAsync(new WebhookRequest("https://93.184.215.14/hooks", ["*"]))).Expect(HttpStatusCode.Created);

        var moved = await manager.UpdateWebhookAsync(created.Id, new UpdateWebhookRequest("https://10.0.0.8/hooks", ["*"], null, true));

        AssertProblem(moved, HttpStatusCode.BadRequest);
        Assert.That((await manager.GetWebhookAsync(created.Id)).Expect(HttpStatusCode.OK).Url, Is.EqualTo("https://93.184.215.14/hooks"));
    }

    [Test]
    public async Task A_delivery_never_connects_to_a_private_address_even_when_the_name_resolves_there()
    {
        await using var receiver = new WebhookReceiver();
        var client = _factory.Services.GetRequiredService<IHttpClientFactory>().CreateClient(WebhookSender.ClientName);

        foreach (var url in new[] { receiver.Url, receiver.Url.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) })
        {
            var refused = Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync(url, new StringContent("{}")));
            Assert.That(refused!.InnerException, Is.InstanceOf<WebhookAddressException>(), url);
        }

        Assert.That(receiver.Received, Is.Empty);
    }

    private async Task<ApiClient> ManagerAsync() => new ApiClient(_http).WithToken((await Desk.ManagerAsync()).Token);
}
