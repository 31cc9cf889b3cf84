using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DiningMenus.Api.FunctionalTests;

/// <summary>
/// The real service, with its upstream redirected to a <see cref="FakeUpstream.FakeUpstreamServer"/> on
/// loopback (or, with no upstream given, left to the settings, e.g. <c>Upstream:ReplayDirectory</c>), a fake
/// clock, and Redis when <c>Redis__Configuration</c> is set (CI sets it), each factory under its own key prefix
/// and with its own archive file so tests never see each other's entries.
/// </summary>
public sealed class MenusApiFactory(
    Uri? upstream, SettableClock clock, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    /// <summary>Monday 2025-12-01, noon in Claremont: the Dec 2025 Eatec captures are inside the served window.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2025, 12, 1, 20, 0, 0, TimeSpan.Zero);

    public static string? RedisConfiguration => Environment.GetEnvironmentVariable("Redis__Configuration") is { Length: > 0 } value ? value : null;

    public string InstanceName { get; } = $"test-{Guid.NewGuid():N}:";

    public SettableClock Clock { get; } = clock;

    /// <summary>This factory's own archive (a SQLite file), deleted with it, so that tests never see each other's days.</summary>
    public string ArchiveFolder { get; } = Path.Combine(Path.GetTempPath(), $"diningmenus-archive-{Guid.NewGuid():N}");

    public static MenusApiFactory Create(
        Uri? upstream, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) =>
        new(upstream, new SettableClock(DefaultNow), settings, services);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Upstream:RedirectBaseUrl", upstream?.ToString() ?? string.Empty);
        builder.UseSetting("Redis:Configuration", RedisConfiguration ?? string.Empty);
        builder.UseSetting("Cache:InstanceName", InstanceName);
        // Failures should fail fast in tests: short attempts, quick retries.
        builder.UseSetting("Upstream:AttemptTimeoutSeconds", "2");
        builder.UseSetting("Upstream:TotalTimeoutSeconds", "5");
        builder.UseSetting("Upstream:RetryBaseDelayMilliseconds", "10");
        // A fetch is waited for to its end (the upstream's 5 s above) however loaded the machine: the answer deadline
        // is the subject of the tests that set it (AnswerDeadlineTests), a liveness bound everywhere else.
        builder.UseSetting("Menus:AnswerDeadlineSeconds", "30");
        // Tests count upstream requests: no background warming, no rate limit unless a test sets one.
        builder.UseSetting("Warmer:Enabled", "false");
        builder.UseSetting("RateLimiting:Client:TokenLimit", "1000000");
        builder.UseSetting("RateLimiting:Client:TokensPerPeriod", "1000000");
        // Tests change the upstream between requests and expect to see it: no replayed answers unless a test asks.
        builder.UseSetting("OutputCache:Seconds", "0");
        builder.UseSetting("Archive:Provider", "sqlite");
        builder.UseSetting("Archive:ConnectionString", $"Data Source={Path.Combine(ArchiveFolder, "menus.db")}");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(testServices =>
        {
            testServices.RemoveAll<TimeProvider>();
            testServices.AddSingleton<TimeProvider>(Clock);
            testServices.AddSingleton<IStartupFilter, TestPeerAddress>();
            services?.Invoke(testServices);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(ArchiveFolder))
        {
            Directory.Delete(ArchiveFolder, recursive: true);
        }
    }
}
