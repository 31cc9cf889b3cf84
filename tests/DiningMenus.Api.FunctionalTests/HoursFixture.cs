using System.Text.Json;
using DiningMenus.FakeUpstream;
using DiningMenus.Infrastructure.Http.Captures;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Api.FunctionalTests;

/// <summary>
/// Adds the hours pages to a fake upstream: the hand-written Pomona hall pages in Fixtures/pomona, and Hoch's
/// location page rebuilt around the real preloaded state of the Sodexo capture (written to a temp file).
/// </summary>
internal static class HoursFixture
{
    private const string HtmlType = "text/html; charset=UTF-8";

    public static async Task AddHoursPagesAsync(this FakeUpstreamServer upstream)
    {
        foreach (var hall in new[] { "frank", "frary", "oldenborg" })
        {
            upstream.AddCapture(new CapturedResponse
            {
                Url = $"https://www.pomona.edu/administration/dining/menus/{hall}",
                File = Path.Combine(AppContext.BaseDirectory, "Fixtures", "pomona", $"{hall}.html"),
                ContentType = HtmlType,
            });
        }

        upstream.AddCapture(new CapturedResponse
        {
            Url = "https://hmc.sodexomyway.com/en-us/locations/hoch-shanahan-dining-commons",
            File = await HochLocationPageAsync(),
            ContentType = HtmlType,
        });
    }

    private static async Task<string> HochLocationPageAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), "diningmenus-tests-hoch-location-page.html");
        if (!File.Exists(path))
        {
            using var capture = JsonDocument.Parse(Captures.ReadText("sodexo/hoch_preloaded-state-capture_2025-11-15.json"));
            var state = capture.RootElement.GetProperty("days")[0].GetProperty("preloadedState").GetRawText();
            var html = $"<!DOCTYPE html><html><body><div id=\"root\"></div><script>window.__PRELOADED_STATE__ = {state};</script></body></html>";
            var temp = path + "." + Guid.NewGuid().ToString("N");
            await File.WriteAllTextAsync(temp, html);
            File.Move(temp, path, overwrite: true);
        }

        return path;
    }
}
