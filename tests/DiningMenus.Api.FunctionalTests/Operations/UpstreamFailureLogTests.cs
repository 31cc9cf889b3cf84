using System.Net;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Halls;
using DiningMenus.FakeUpstream;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Moq;

namespace DiningMenus.Api.FunctionalTests.Operations;

/// <summary>
/// What the log says when a vendor fails: one warning per failed source naming the hall, date, source, failure
/// kind and reason, without a stack trace; the retries under it logged, but below Warning. A source that throws
/// (a bug) stays an error with its exception.
/// </summary>
public sealed class UpstreamFailureLogTests : CapturedUpstreamTests
{
    /// <summary>Polly's events are let through to the collector so the test sees at which level they come.</summary>
    private static readonly Dictionary<string, string?> AllRetryEvents = new() { ["Logging:LogLevel:Polly"] = "Debug" };

    [Test]
    public async Task A_vendor_answering_500_is_one_warning_per_source_without_an_exception_and_its_retries_stay_below_warning()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress, AllRetryEvents, services => services.AddFakeLogging());
        using var client = factory.CreateClient();
        Upstream.Fault = UpstreamFault.ServerError;

        using var response = await client.GetAsync("/api/v2/menus?hall_id=oldenborg&date=2025-12-01&meal=lunch");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        var records = factory.Services.GetFakeLogCollector().GetSnapshot();
        var warnings = records.Where(r => r.Level >= LogLevel.Warning).ToList();
        Assert.That(warnings.Select(r => r.Category), Is.All.EqualTo(typeof(MenuFallbackOrchestrator).FullName), Describe(warnings));
        Assert.That(warnings.Select(r => r.Exception), Is.All.Null, "an expected failure carries no stack trace");
        // One line per source of the hall (the discovered feed tries several URLs and names each failure in that line).
        Assert.That(warnings, Has.Count.EqualTo(2), Describe(warnings));
        Assert.That(warnings[0].Message, Does.StartWith("Menu source eatec-feed failed for oldenborg 2025-12-01: HttpError: HTTP 500 from "));
        Assert.That(warnings[1].Message, Does.StartWith("Menu source eatec-discovered-feed failed for oldenborg 2025-12-01: HttpError: HTTP 500 from "));
        var retries = records.Where(r => r.Category == "Polly").ToList();
        Assert.That(retries, Is.Not.Empty, "the 500s were retried (and logged)");
        Assert.That(retries.Select(r => r.Level), Is.All.LessThan(LogLevel.Warning));
    }

    [Test]
    public async Task A_source_that_throws_is_logged_as_an_error_with_its_exception()
    {
        var buggy = new Mock<IMenuSource>();
        buggy.SetupGet(s => s.Name).Returns("buggy");
        buggy.SetupGet(s => s.Priority).Returns(-1);
        buggy.SetupGet(s => s.Vendor).Returns(VendorType.Pomona);
        buggy.Setup(s => s.ReadAsync(It.IsAny<Hall>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("a parser bug"));
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress, AllRetryEvents, services =>
        {
            services.AddFakeLogging();
            services.AddSingleton(buggy.Object);
        });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v2/menus?hall_id=oldenborg&date=2025-12-01&meal=lunch");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the next source answered");
        // The orchestrator's error only: on a loaded CI machine FusionCache may log its own (a backplane subscription
        // to the run's Redis that timed out), which says nothing about the menu source.
        var error = factory.Services.GetFakeLogCollector().GetSnapshot()
            .Single(r => r.Level >= LogLevel.Error && r.Category == typeof(MenuFallbackOrchestrator).FullName);
        Assert.That(error.Message, Is.EqualTo("Menu source buggy threw for oldenborg 2025-12-01"));
        Assert.That(error.Exception, Is.TypeOf<InvalidOperationException>());
    }

    private static string Describe(IEnumerable<FakeLogRecord> records) =>
        string.Join("\n", records.Select(r => $"{r.Level} {r.Category}: {r.Message}"));
}
