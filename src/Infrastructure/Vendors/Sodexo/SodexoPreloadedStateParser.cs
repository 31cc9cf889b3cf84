using System.Globalization;
using System.Text.Json;
using DiningMenus.Application.Common.Models;
using DiningMenus.Infrastructure.Parsing;

namespace DiningMenus.Infrastructure.Vendors.Sodexo;

/// <summary>
/// Reads the menu embedded in the Sodexo location page's <c>window.__PRELOADED_STATE__</c>. The page ignores
/// <c>?date=</c> and shows the menu of its server's "today", computed in UTC; the day returned is dated so.
/// </summary>
public static class SodexoPreloadedStateParser
{
    public const string StateMarker = "window.__PRELOADED_STATE__";

    /// <summary>The page's menu as one day dated by the page's own clock, or a Malformed failure.</summary>
    public static MenuReadResult Parse(string html, string hallId)
    {
        if (!BalancedJson.TryExtractObject(html ?? string.Empty, StateMarker, out var json))
        {
            return MenuReadResult.Failed(SourceFailureKind.Malformed, "the page has no window.__PRELOADED_STATE__ object");
        }

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 128 });
            var state = document.RootElement;
            if (PageDate(state) is not { } pageDate)
            {
                return MenuReadResult.Failed(SourceFailureKind.Malformed, "the state has no composition.context.content.localDateTime");
            }

            return MenuSections(state) is { } sections
                ? SodexoMenuSectionsParser.Parse(sections, hallId, pageDate)
                : MenuReadResult.Failed(SourceFailureKind.Malformed, "the state has no \"menus\" region with sections");
        }
        catch (JsonException ex)
        {
            return MenuReadResult.Failed(SourceFailureKind.Malformed, $"the preloaded state is not valid JSON: {ex.Message}");
        }
    }

    /// <summary>
    /// The service date the page shows: the calendar date of <c>localDateTime</c>, which despite its name is the
    /// server clock in UTC (at 21:39 Pacific on Friday it read Saturday 05:39 and showed Saturday's menu).
    /// </summary>
    internal static DateOnly? PageDate(JsonElement state)
    {
        var clock = state.Prop("composition")?.Prop("context")?.Prop("content")?.Str("localDateTime");
        return DateTime.TryParse(clock, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var utc)
            ? DateOnly.FromDateTime(utc)
            : null;
    }

    /// <summary>The element <c>composition.subject.regions[id="menus"].fragments[0].content.main.sections</c>.</summary>
    internal static JsonElement? MenuSections(JsonElement state) =>
        Region(state, "menus")?.Prop("fragments").OneOrMany().FirstOrDefault().Prop("content")?.Prop("main")?.Prop("sections");

    /// <summary>A region of the page's composition by id ("menus", "body").</summary>
    internal static JsonElement? Region(JsonElement state, string id)
    {
        foreach (var region in state.Prop("composition")?.Prop("subject")?.Prop("regions").OneOrMany() ?? [])
        {
            if (string.Equals(region.Str("id"), id, StringComparison.Ordinal))
            {
                return region;
            }
        }

        return null;
    }
}
