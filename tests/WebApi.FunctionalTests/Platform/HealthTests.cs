namespace SupportDesk.WebApi.FunctionalTests.Platform;

public sealed class HealthTests
{
    [Test]
    public async Task Liveness_answers_200_to_anyone()
    {
        var response = await new Desk().Anonymous.GetAsync("/health/live");

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.ToString());
    }

    [Test]
    public async Task Readiness_answers_200_when_the_database_and_the_scheduler_run()
    {
        var response = await new Desk().Anonymous.GetAsync("/health/ready");

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.ToString());
        Assert.That(response.Json.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
        Assert.That(response.Json.GetProperty("checks").GetProperty("database").GetString(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task The_browsable_api_reference_is_served_beside_the_document()
    {
        var response = await new Desk().Anonymous.GetAsync("/scalar");

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.ToString());
        Assert.That(response.MediaType, Is.EqualTo("text/html"));
    }
}
