using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace DiningMenus.Api.FunctionalTests.Operations;

/// <summary>
/// Every settings class is validated when the service starts: one bad value per section stops the real host,
/// with a message naming the configuration key. The upstream is never asked (the host does not start).
/// </summary>
public sealed class SettingsValidationTests
{
    private static readonly Uri NoUpstream = new("http://127.0.0.1:9");

    private static IEnumerable<TestCaseData> BadValues()
    {
        TestCaseData Bad(string key, string value, string expected) => new TestCaseData(key, value, expected).SetArgDisplayNames(key, value);
        yield return Bad("Cache:JitterSeconds", "-5", "'Cache:JitterSeconds' must be greater than or equal to '0'.");
        yield return Bad("Cache:JitterSeconds", "1800", "'Cache:JitterSeconds' must be less than Cache:BaseTtlSeconds (1800).");
        yield return Bad("Upstream:TotalTimeoutSeconds", "2", "'Upstream:TotalTimeoutSeconds' must be greater than Upstream:AttemptTimeoutSeconds (2)");
        yield return Bad("Menus:RetryAfterSeconds", "0", "'Menus:RetryAfterSeconds' must be between 1 and 86400.");
        yield return Bad("Hours:CacheMinutes", "0", "'Hours:CacheMinutes' must be between 1 and 10080.");
        yield return Bad("Warmer:AfterMidnightMinutes", "1440", "'Warmer:AfterMidnightMinutes' must be between 0 and 1439.");
        yield return Bad("Redis:Configuration", "nokeyword=1", "'Redis:Configuration' must be a StackExchange.Redis connection string");
        yield return Bad("Pomona:LegacyFeedHosts:0", "portal.pomona.edu/eatec", "'Pomona:LegacyFeedHosts' must hold host names");
        yield return Bad("Pomona:AllowedFeedHosts:0", "https://api.pomona.edu", "'Pomona:AllowedFeedHosts' must hold host names");
        yield return Bad("Sodexo:BiteMenuUrl", "menus.sodexomyway.com/BiteMenu/MenuOnly", "'Sodexo:BiteMenuUrl' must be an absolute http or https URL");
        yield return Bad("Halls:frary:FeedUrl", "", "'Halls:frary:FeedUrl' is required: the hall's Eatec feed");
        yield return Bad("Halls:malott:CafePageUrl", "https://scripps.cafebonappetit.com/cafe/malott-dining-commons/", "'Halls:malott:CafePageUrl' must contain {date}");
        yield return Bad("Halls:hoch:LocationId", "", "'Halls:hoch:LocationId' is required: Sodexo's location id");
        yield return Bad("Halls:collins:Color", "maroon", "'Halls:collins:Color' must be a colour written #rrggbb (got 'maroon').");
        yield return Bad("Admin:ApiKey", "admin", "'Admin:ApiKey' must be empty (admin endpoints off) or at least 16 characters without spaces.");
        yield return Bad("RateLimiting:Client:ReplenishmentSeconds", "0", "'RateLimiting:Client:ReplenishmentSeconds' must be between 1 and 86400.");
        yield return Bad("RateLimiting:Admin:TokenLimit", "0", "'RateLimiting:Admin:TokenLimit' must be greater than or equal to '1'.");
        yield return Bad("ForwardedHeaders:KnownProxies:0", "proxy.local", "'ForwardedHeaders:KnownProxies' must hold IP addresses such as 10.0.0.5 (got 'proxy.local').");
        yield return Bad("ForwardedHeaders:KnownNetworks:0", "10.0.0.0", "'ForwardedHeaders:KnownNetworks' must hold networks in CIDR notation such as 10.0.0.0/8 (got '10.0.0.0').");
        yield return Bad("OutputCache:Seconds", "-1", "'OutputCache:Seconds' must be between 0 and 3600.");
        yield return Bad("OutputCache:SizeLimitMegabytes", "0", "'OutputCache:SizeLimitMegabytes' must be between 1 and 4096.");
        yield return Bad("Cors:AllowedOrigins:0", "https://menus.example.edu/", "'Cors:AllowedOrigins' must hold origins written scheme://host[:port]");
        yield return Bad("Telemetry:Exporter", "jaeger", "'Telemetry:Exporter' must be one of none, console, otlp (got 'jaeger').");
        yield return Bad("Telemetry:OtlpEndpoint", "127.0.0.1:4317", "'Telemetry:OtlpEndpoint' must be an absolute http or https URL");
        yield return Bad("HealthChecks:RedisTimeoutSeconds", "0", "'HealthChecks:RedisTimeoutSeconds' must be between 1 and 60.");
        yield return Bad("Archive:Provider", "mysql", "'Archive:Provider' must be sqlite or postgres (got 'mysql').");
        yield return Bad("Archive:ConnectionString", "Host=db;Password=secret", "'Archive:ConnectionString' must be a SQLite connection string such as Data Source=data/menus.db.");
        yield return Bad("Archive:RetentionDays", "0", "'Archive:RetentionDays' must be between 1 and 36500.");
        yield return Bad("Search:IndexRefreshSeconds", "0", "'Search:IndexRefreshSeconds' must be between 1 and 86400.");
        yield return Bad("Alerts:MaxPerClient", "0", "'Alerts:MaxPerClient' must be between 1 and 10000.");
        yield return Bad("Alerts:DisableAfterFailures", "0", "'Alerts:DisableAfterFailures' must be between 1 and 1000.");
        yield return Bad("Alerts:LeaseSeconds", "10", "'Alerts:LeaseSeconds' must be greater than 'Alerts:DeliveryTimeoutSeconds'.");
        yield return Bad("Alerts:MaxBackoffMinutes", "0", "'Alerts:MaxBackoffMinutes' must be between 1 and 1440.");
        yield return Bad("Alerts:PollIntervalSeconds", "0", "'Alerts:PollIntervalSeconds' must be between 1 and 86400.");
    }

    [TestCaseSource(nameof(BadValues))]
    public async Task A_bad_value_stops_the_host_at_start_naming_its_key(string key, string value, string expected)
    {
        await using var factory = MenusApiFactory.Create(NoUpstream, new Dictionary<string, string?> { [key] = value });

        var failure = Assert.Catch(() => factory.CreateClient());

        Assert.That(ValidationFailures(failure), Has.Some.StartsWith(expected));
    }

    [Test]
    public async Task The_shipped_settings_start()
    {
        await using var factory = MenusApiFactory.Create(NoUpstream);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health/live");

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task The_real_process_exits_78_printing_the_key()
    {
        // What an operator sees from `Cache__JitterSeconds=-5 dotnet run --project src/Api`: the Api next to this test, as a process.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DiningMenus.Api.dll"));
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        start.Environment["Cache__JitterSeconds"] = "-5";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();

        // A liveness guard only: a service that did start would never exit by itself.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the service started with Cache:JitterSeconds=-5");
        }

        Assert.That(process.ExitCode, Is.EqualTo(78), await stdout);
        Assert.That(await stderr, Does.Contain("DiningMenus does not start: invalid configuration.")
            .And.Contain("'Cache:JitterSeconds' must be greater than or equal to '0'."));
    }

    /// <summary>The failure messages of the start-up validation: one OptionsValidationException, or several in an AggregateException.</summary>
    private static IEnumerable<string> ValidationFailures(Exception failure) => failure switch
    {
        OptionsValidationException invalid => invalid.Failures,
        AggregateException many => many.InnerExceptions.SelectMany(ValidationFailures),
        _ => throw new AssertionException($"expected an OptionsValidationException, got {failure}"),
    };
}
