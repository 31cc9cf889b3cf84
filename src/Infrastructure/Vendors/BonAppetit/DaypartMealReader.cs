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
    public static Meal FromDaypartJson(JsonElement daypart, DaypartSection section, BamcoScriptData data, VendorLabelReader labels)
    {
        var label = MenuText.FromHtml(daypart.Str("label")) ?? section.Title ?? string.Empty;
        var stations = new StationListBuilder(labels.Report);
        foreach (var station in daypart.Prop("stations").Values())
        {
            // The station label is plain text; only the item's copy of it carries markup.
            var stationName = MenuText.FromHtml(station.Str("label"));
            foreach (var id in station.Prop("items").Values())
            {
                if (data.Item(id.AsString()) is { } json)
                {
                    stations.Add(stationName ?? StationOfItem(json), BamcoItemReader.Read(json, data.Icons, labels));
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
    /// <c>Bamco.menu_items</c> by <c>data-id</c>, or read from what the block shows (<see cref="BamcoMarkupItemReader"/>);
    /// <paramref name="fromMarkupOnly"/> tells whether any item had to be read so.
    /// </summary>
    public static Meal FromMarkup(DaypartSection section, BamcoScriptData data, VendorLabelReader labels, out bool fromMarkupOnly)
    {
        fromMarkupOnly = false;
        var markup = section.LoadMarkup();
        var tabTitles = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var tab in markup.Descendants("button").Where(b => b.HasClass("site-panel__daypart-tab-btn")))
        {
            tabTitles.TryAdd(tab.GetAttributeValue("id", string.Empty), MenuText.FromHtml(tab.InnerText));
        }

        var stations = new StationListBuilder(labels.Report);
        var station = UnnamedStation;
        int? tier = null;
        foreach (var node in markup.Descendants())
        {
            if (node.Name == "div" && node.HasClass("site-panel__daypart-tab-content"))
            {
                tier = BamcoMarkupItemReader.TierOfTab(tabTitles.GetValueOrDefault(node.GetAttributeValue("aria-labelledby", string.Empty)));
            }
            else if (node.Name == "h3" && node.HasClass("site-panel__daypart-station-title"))
            {
                station = MenuText.FromHtml(node.InnerText) ?? UnnamedStation;
            }
            else if (node.Name == "div" && node.HasClass("site-panel__daypart-item"))
            {
                if (data.Item(node.GetAttributeValue("data-id", null)) is { } json)
                {
                    stations.Add(station, BamcoItemReader.Read(json, data.Icons, labels));
                }
                else
                {
                    fromMarkupOnly = true;
                    stations.Add(station, BamcoMarkupItemReader.Read(node, tier, labels));
                }
            }
        }

        var label = section.Title ?? string.Empty;
        return new Meal(MealPeriods.FromSourceLabel(label), label, section.Start, section.End, stations.Build());
    }

    /// <summary>The item's own station field, "&lt;strong&gt;@grill&lt;/strong&gt;", as "grill".</summary>
    private static string StationOfItem(JsonElement item) =>
        MenuText.FromHtml(item.Str("station"))?.TrimStart('@').Trim() is { Length: > 0 } name ? name : UnnamedStation;
}
