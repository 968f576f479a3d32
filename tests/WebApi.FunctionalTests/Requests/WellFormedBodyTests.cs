namespace SupportDesk.WebApi.FunctionalTests.Requests;

/// <summary>The control of the malformed-body sweep: each target's valid body, sent the same way, is accepted.</summary>
public sealed class WellFormedBodyTests : FunctionalTest
{
    [TestCaseSource(typeof(BodyTarget), nameof(BodyTarget.All))]
    public async Task The_valid_body_of_the_sweep_is_accepted(BodyTarget target)
    {
        var arranged = await ArrangedDesk.ArrangeAsync(Desk);

        var response = await target.Caller(arranged).SendTextAsync(new HttpMethod(target.Method), target.Path(arranged),
            target.ValidBody(arranged).ToJsonString());

        Assert.That(response.Status, Is.EqualTo(target.Success), response.ToString());
    }
}
