namespace SupportDesk.WebApi.FunctionalTests.Support;

/// <summary>Waits, with a bound, for something the API does in the background (the assignment job).</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            var value = await probe();
            if (condition(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Gave up waiting ({(timeout ?? DefaultTimeout).TotalSeconds:0} s) until {what}. Last seen: {ApiClient.Serialize(value)}");
            }

            await Task.Delay(50);
        }
    }
}
