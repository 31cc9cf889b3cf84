namespace DiningMenus.Api.FunctionalTests.Caching;

/// <summary>
/// Waits (bounded, through <see cref="Eventually"/>) until services report <c>Healthy</c> on <c>/health/ready</c>:
/// every check passes, so each has reached its Redis. On a loaded machine a first connect can outlast its timeout,
/// and a service that has not reached Redis yet rightly works on its own.
/// </summary>
internal static class Readiness
{
    public static async Task WaitUntilHealthyAsync(params HttpClient[] clients) =>
        await Eventually.WaitForAsync(async () =>
        {
            foreach (var client in clients)
            {
                using var ready = await client.GetAsync("/health/ready");
                if (await ready.Content.ReadAsStringAsync() != "Healthy")
                {
                    return null;
                }
            }

            return "healthy";
        }, "every service reporting Healthy (its Redis reached)");
}
