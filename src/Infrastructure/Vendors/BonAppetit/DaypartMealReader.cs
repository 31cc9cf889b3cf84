using System.Text.Json;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Parsing;
using HtmlAgilityPack;

namespace DiningMenus.Infrastructure.Vendors.BonAppetit;

/// <summary>Builds the <see cref="Meal"/> of one daypart section, from its <c>Bamco.dayparts</c> JSON or from its markup.</summary>
internal static class DaypartMealReader
{
    private const string UnnamedStation = "Other";

    /// <summary>
    /// The daypart JSON lists stations in page order with the ids of all their items, whatever the tier;
    /// the section's own times stand in when the JSON has none.
    /// </summary>
    public static Meal FromDaypartJson(JsonElement daypart, DaypartSection section, BamcoScriptData data)
    {
        var label = MenuText.FromHtml(daypart.Str("label")) ?? section.Title ?? string.Empty;
        var stations = new StationListBuilder();
        foreach (var station in daypart.Prop("stations").Values())
        {
            // The station label is plain text; only the item's copy of it carries markup.
            var stationName = MenuText.FromHtml(station.Str("label"));
            foreach (var id in station.Prop("items").Values())
            {
                if (data.Item(id.AsString()) is { } json && BamcoItemReader.Read(json) is { } item)
                {
                    stations.Add(stationName ?? StationOfItem(json), item);
                }
            }
        }

        return new Meal(
            MealPeriods.FromSourceLabel(label),
            label,
            DaypartSection.ClockTime(daypart.Str("starttime")) ?? section.Start,
            DaypartSection.ClockTime(daypart.Str("endtime")) ?? section.End,
            stations.Build());
    }

    /// <summary>
    /// Without daypart JSON: station headings and item blocks in document order, items looked up in
    /// <c>Bamco.menu_items</c> by <c>data-id</c>, or known by their visible title alone.
    /// </summary>
    public static Meal FromMarkup(DaypartSection section, BamcoScriptData data)
    {
        var stations = new StationListBuilder();
        var station = UnnamedStation;
        foreach (var node in section.LoadMarkup().Descendants())
        {
            if (node.Name == "h3" && node.HasClass("site-panel__daypart-station-title"))
            {
                station = MenuText.FromHtml(node.InnerText) ?? UnnamedStation;
            }
            else if (node.Name == "div" && node.HasClass("site-panel__daypart-item") && ItemOfMarkup(node, data) is { } item)
            {
                stations.Add(station, item);
            }
        }

        var label = section.Title ?? string.Empty;
        return new Meal(MealPeriods.FromSourceLabel(label), label, section.Start, section.End, stations.Build());
    }

    private static MenuItem? ItemOfMarkup(HtmlNode block, BamcoScriptData data)
    {
        if (data.Item(block.GetAttributeValue("data-id", null)) is { } json && BamcoItemReader.Read(json) is { } item)
        {
            return item;
        }

        var title = block.Descendants().FirstOrDefault(n => n.HasClass("site-panel__daypart-item-title"));
        return MenuText.FromHtml(title?.InnerText) is { } name ? BamcoItemReader.FromTitle(name) : null;
    }

    /// <summary>The item's own station field, "&lt;strong&gt;@grill&lt;/strong&gt;", as "grill".</summary>
    private static string StationOfItem(JsonElement item) =>
        MenuText.FromHtml(item.Str("station"))?.TrimStart('@').Trim() is { Length: > 0 } name ? name : UnnamedStation;
}
