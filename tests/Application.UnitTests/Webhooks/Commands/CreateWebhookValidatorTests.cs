using SupportDesk.Application.Webhooks.Commands.CreateWebhook;

namespace SupportDesk.Application.UnitTests.Webhooks.Commands;

public class CreateWebhookValidatorTests
{
    private readonly CreateWebhookValidator _validator = new();

    [TestCase("https://shop.example/hooks")]
    [TestCase("http://127.0.0.1:8080/hooks?key=1")]
    public void An_absolute_http_address_with_known_types_passes(string url) =>
        Assert.That(_validator.FailingFields(new CreateWebhookCommand(url, ["ticket.resolved", "order.imported"], "ERP")), Is.Empty);

    [Test]
    public void A_star_alone_passes() =>
        Assert.That(_validator.FailingFields(new CreateWebhookCommand("https://shop.example", ["*"])), Is.Empty);

    [TestCase("")]
    [TestCase("shop.example/hooks")]
    [TestCase("ftp://shop.example/hooks")]
    [TestCase("https://user:secret@shop.example/hooks")]
    [TestCase("https://shop.example/hooks#top")]
    [TestCase("https://shop.example/\u0007")]
    public void A_url_that_is_not_an_absolute_http_address_fails_on_url(string url) =>
        Assert.That(_validator.FailingFields(new CreateWebhookCommand(url, ["*"])), Is.EqualTo(new[] { "Url" }));

    [Test]
    public void A_url_over_2000_characters_fails_on_url() =>
        Assert.That(_validator.FailingFields(new CreateWebhookCommand("https://shop.example/" + new string('a', 2000), ["*"])),
            Is.EqualTo(new[] { "Url" }));

    [Test]
    public void No_type_an_unknown_type_or_a_star_among_types_fails_on_events()
    {
        string[][] refused = [[], ["ticket.exploded"], ["ping"], ["*", "ticket.opened"]];

        Assert.Multiple(() =>
        {
            foreach (var events in refused)
            {
                Assert.That(_validator.FailingFields(new CreateWebhookCommand("https://shop.example", events)), Is.EqualTo(new[] { "Events" }),
                    string.Join(",", events));
            }
        });
    }

    [Test]
    public void A_description_over_500_characters_or_with_a_control_character_fails_on_description()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_validator.FailingFields(new CreateWebhookCommand("https://shop.example", ["*"], new string('d', 501))),
                Is.EqualTo(new[] { "Description" }));
            Assert.That(_validator.FailingFields(new CreateWebhookCommand("https://shop.example", ["*"], "ERP\u202e")),
                Is.EqualTo(new[] { "Description" }));
        });
    }
}
