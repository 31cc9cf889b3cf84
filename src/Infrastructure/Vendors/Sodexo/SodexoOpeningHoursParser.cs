using System.Globalization;
using System.Text.Json;
using DiningMenus.Infrastructure.Parsing;

namespace DiningMenus.Infrastructure.Vendors.Sodexo;

/// <summary>
/// Reads <c>openingHours.{standardHours, seasonalHours}</c> of the location page: entries of
/// <c>{days: [{key: "0".."6"}], hours: [{allDay, startTime: {hour, minute, period}, finishTime, label}]}</c>.
/// Entries of an odd shape are skipped; nothing throws.
/// </summary>
public static class SodexoOpeningHoursParser
{
    /// <summary>The hours in the location page's state (region "body"), or null when the page has none.</summary>
    public static SodexoOpeningHours? FromPage(string html)
    {
        if (!BalancedJson.TryExtractObject(html ?? string.Empty, SodexoPreloadedStateParser.StateMarker, out var json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 128 });
            var hours = SodexoPreloadedStateParser.Region(document.RootElement, "body")?.Prop("fragments").OneOrMany()
                .FirstOrDefault().Prop("content")?.Prop("main")?.Prop("openingHours");
            return hours is { } element ? Parse(element) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static SodexoOpeningHours Parse(JsonElement openingHours) => new(
        [.. openingHours.Prop("standardHours").OneOrMany().SelectMany(ReadEntry)],
        [.. openingHours.Prop("seasonalHours").OneOrMany().Select(ReadSeasonal).OfType<SodexoSeasonalHours>()]);

    private static SodexoSeasonalHours? ReadSeasonal(JsonElement seasonal)
    {
        if (!TryInstant(seasonal.Str("from"), out var from) || !TryInstant(seasonal.Str("to"), out var to))
        {
            return null;
        }

        return new SodexoSeasonalHours(from, to, [.. seasonal.Prop("openingHours").OneOrMany().SelectMany(ReadEntry)]);
    }

    private static IEnumerable<SodexoServiceHours> ReadEntry(JsonElement entry)
    {
        // Day keys count from Sunday = "0", as DayOfWeek does.
        var days = entry.Prop("days").OneOrMany()
            .Select(d => d.Prop("key")?.AsInt())
            .OfType<int>()
            .Where(k => k is >= 0 and <= 6)
            .Select(k => (DayOfWeek)k)
            .ToList();

        foreach (var hours in entry.Prop("hours").OneOrMany())
        {
            var label = MenuText.FromHtml(hours.Str("label"));
            if (label is not null && days.Count > 0)
            {
                yield return new SodexoServiceHours(
                    days, label, ClockTime(hours.Prop("startTime")), ClockTime(hours.Prop("finishTime")), hours.Prop("allDay")?.AsBool() == true);
            }
        }
    }

    /// <summary><c>{hour: "05", minute: "00", period: "PM"}</c> → 17:00; 12 AM is midnight and 12 PM noon.</summary>
    private static TimeOnly? ClockTime(JsonElement? time)
    {
        if (time is not { } t || t.Prop("hour")?.AsInt() is not { } hour || hour is < 1 or > 12)
        {
            return null;
        }

        var minute = t.Prop("minute")?.AsInt() ?? 0;
        var pm = string.Equals(t.Str("period")?.Trim(), "PM", StringComparison.OrdinalIgnoreCase);
        return minute is >= 0 and < 60 ? new TimeOnly((hour % 12) + (pm ? 12 : 0), minute) : null;
    }

    private static bool TryInstant(string? text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);
}
