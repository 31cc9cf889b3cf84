using DiningMenus.Infrastructure.UnitTests.TestData;

namespace DiningMenus.Infrastructure.UnitTests.Caching;

/// <summary>The Infrastructure settings other than the halls: each bad value stops the start naming its key.</summary>
public sealed class InfrastructureSettingsValidationTests
{
    [TestCase("Cache:JitterSeconds", "-5", "'Cache:JitterSeconds' must be greater than or equal to '0'.")]
    [TestCase("Cache:JitterSeconds", "1800", "'Cache:JitterSeconds' must be less than Cache:BaseTtlSeconds (1800).")]
    [TestCase("Cache:ShortTtlSeconds", "3600", "'Cache:ShortTtlSeconds' must be at most Cache:BaseTtlSeconds (1800): it is the short life.")]
    [TestCase("Cache:LastGoodDays", "0", "'Cache:LastGoodDays' must be between 1 and 3650. You entered 0.")]
    [TestCase("Cache:RefreshAheadFraction", "1", "'Cache:RefreshAheadFraction' must be less than '1'.")]
    [TestCase("Cache:FetchTimeoutSeconds", "0", "'Cache:FetchTimeoutSeconds' must be between 1 and 3600. You entered 0.")]
    [TestCase("Menus:AnswerDeadlineSeconds", "0", "'Menus:AnswerDeadlineSeconds' must be between 1 and 60. You entered 0.")]
    [TestCase("Cache:InstanceName", "", "'Cache:InstanceName' must not be empty.")]
    [TestCase("Redis:Configuration", "keyword-nobody-knows=1", "'Redis:Configuration' must be a StackExchange.Redis connection string such as 127.0.0.1:6379.")]
    [TestCase("Upstream:TotalTimeoutSeconds", "10", "'Upstream:TotalTimeoutSeconds' must be greater than Upstream:AttemptTimeoutSeconds (10): it bounds the attempts and their retries.")]
    [TestCase("Upstream:MaxRetryAttempts", "0", "'Upstream:MaxRetryAttempts' must be between 1 and 10. You entered 0.")]
    [TestCase("Upstream:RedirectBaseUrl", "127.0.0.1:9000", "'Upstream:RedirectBaseUrl' must be an absolute http or https URL (got '127.0.0.1:9000').")]
    [TestCase("Upstream:UserAgent", "Dining Menus/(", "'Upstream:UserAgent' must be a User-Agent header value such as DiningMenus/2.0 (got 'Dining Menus/(').")]
    [TestCase("Hours:FailureCacheSeconds", "0", "'Hours:FailureCacheSeconds' must be between 1 and 86400. You entered 0.")]
    [TestCase("Warmer:IntervalMinutes", "0", "'Warmer:IntervalMinutes' must be between 1 and 1440. You entered 0.")]
    [TestCase("Pomona:LegacyFeedHosts:0", "https://portal.pomona.edu", "'Pomona:LegacyFeedHosts' must hold host names such as portal.pomona.edu (got 'https://portal.pomona.edu').")]
    [TestCase("Sodexo:ApiBaseUrl", "api-prd.sodexomyway.net/v0.2/data/menu", "'Sodexo:ApiBaseUrl' must be an absolute http or https URL (got 'api-prd.sodexomyway.net/v0.2/data/menu').")]
    [TestCase("Archive:Provider", "mysql", "'Archive:Provider' must be sqlite or postgres (got 'mysql').")]
    [TestCase("Archive:ConnectionString", "", "'Archive:ConnectionString' is required: the archive's database.")]
    [TestCase("Archive:ConnectionString", "Filename=menus.db;Cache Size=9", "'Archive:ConnectionString' must be a SQLite connection string such as Data Source=data/menus.db.")]
    [TestCase("Archive:RetentionDays", "0", "'Archive:RetentionDays' must be between 1 and 36500. You entered 0.")]
    [TestCase("Archive:CleanupIntervalMinutes", "0", "'Archive:CleanupIntervalMinutes' must be between 1 and 43200. You entered 0.")]
    [TestCase("Archive:CommandTimeoutSeconds", "0", "'Archive:CommandTimeoutSeconds' must be between 1 and 600. You entered 0.")]
    public void A_bad_value_stops_the_start_naming_its_key(string key, string value, string message)
    {
        var failures = InfrastructureHost.StartFailures(InfrastructureHost.OneHallPerVendor().With(key, value));

        Assert.That(failures, Is.EqualTo(new[] { message }));
    }

    [Test]
    public void A_postgres_archive_needs_a_postgres_connection_string_which_the_message_never_repeats()
    {
        var sqliteString = InfrastructureHost.OneHallPerVendor().With("Archive:Provider", "postgres");
        var postgres = InfrastructureHost.OneHallPerVendor().With("Archive:Provider", "Postgres")
            .With("Archive:ConnectionString", "Host=127.0.0.1;Database=menus;Username=menus;Password=secret");
        var noHost = InfrastructureHost.OneHallPerVendor().With("Archive:Provider", "postgres")
            .With("Archive:ConnectionString", "Database=menus;Password=secret");

        Assert.That(InfrastructureHost.StartFailures(sqliteString), Is.EqualTo(new[]
        {
            "'Archive:ConnectionString' must be a PostgreSQL connection string such as Host=db.internal;Database=diningmenus;Username=diningmenus.",
        }));
        Assert.That(InfrastructureHost.StartFailures(postgres), Is.Empty);
        Assert.That(InfrastructureHost.StartFailures(noHost).Single(),
            Does.StartWith("'Archive:ConnectionString' must be a PostgreSQL connection string").And.Not.Contain("secret"));
    }

    [Test]
    public void A_base_ttl_of_zero_is_reported_with_the_rules_that_depend_on_it()
    {
        var failures = InfrastructureHost.StartFailures(InfrastructureHost.OneHallPerVendor().With("Cache:BaseTtlSeconds", "0"));

        Assert.That(failures, Is.EquivalentTo(new[]
        {
            "'Cache:BaseTtlSeconds' must be between 1 and 2592000. You entered 0.",
            "'Cache:JitterSeconds' must be less than Cache:BaseTtlSeconds (0).",
            "'Cache:ShortTtlSeconds' must be at most Cache:BaseTtlSeconds (0): it is the short life.",
        }));
    }

    [Test]
    public void Several_bad_values_are_all_reported()
    {
        var settings = InfrastructureHost.OneHallPerVendor().With("Cache:JitterSeconds", "-5").With("Warmer:DaysAhead", "-1");

        Assert.That(InfrastructureHost.StartFailures(settings), Is.EquivalentTo(new[]
        {
            "'Cache:JitterSeconds' must be greater than or equal to '0'.",
            "'Warmer:DaysAhead' must be between 0 and 31. You entered -1.",
        }));
    }
}
