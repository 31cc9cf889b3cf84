using System.Diagnostics;
using DiningMenus.Infrastructure.Vendors.BonAppetit;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Infrastructure.UnitTests.Vendors.BonAppetit;

/// <summary>
/// Parse time of the real pages (target: at most 15 ms for a 1.5 MB page). Explicit because timings on a
/// shared build machine are too noisy to assert; run with --filter Category=Timing.
/// </summary>
[Explicit("timing, run on demand")]
[Category("Timing")]
public sealed class BonAppetitPageParserTimings
{
    [TestCase("bonappetit/collins_2026-02-07.html")]
    [TestCase("bonappetit/malott_2026-02-07.html")]
    [TestCase("bonappetit/mcconnell_2026-02-07.html")]
    public void Parse_time_of_a_real_page(string fixture)
    {
        var html = SharedFixtures.ReadText(fixture);
        var date = new DateOnly(2026, 2, 7);
        for (var i = 0; i < 5; i++)
        {
            BonAppetitPageParser.Parse(html, "hall", date);
        }

        const int Runs = 20;
        var times = new List<double>(Runs);
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            var result = BonAppetitPageParser.Parse(html, "hall", date);
            times.Add(watch.Elapsed.TotalMilliseconds);
            Assert.That(result.Succeeded, Is.True);
        }

        times.Sort();
        TestContext.Out.WriteLine($"{fixture}: {html.Length:N0} chars, median {times[Runs / 2]:F1} ms, min {times[0]:F1} ms, max {times[^1]:F1} ms");
    }
}
