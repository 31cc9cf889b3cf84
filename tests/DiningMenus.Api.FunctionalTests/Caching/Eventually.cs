namespace DiningMenus.Api.FunctionalTests.Caching;

/// <summary>
/// Waits for something the service does in the background (a late fetch filling the cache, a refresh, a backplane
/// message), polling with a bound that only catches hangs: a liveness guard, never a timing assertion.
/// </summary>
internal static class Eventually
{
    public static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe, string what)
        where T : class
    {
        for (var attempt = 0; attempt < 400; attempt++)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new AssertionException($"{what} did not happen within 20 s");
    }
}
