using DiningMenus.Infrastructure.Parsing;

namespace DiningMenus.Infrastructure.Vendors.BonAppetit;

/// <summary>An item description as the page shows it, whether read from the menu JSON or from the markup.</summary>
internal static class BamcoDescription
{
    /// <summary>
    /// Lines at <c>&lt;br /&gt;</c> joined with "; ", the " | " between components as commas (dangling pipes
    /// dropped), then each option group as "Sides: mango, pineapple". Null when nothing is left.
    /// </summary>
    public static string? Compose(string? descriptionHtml, IEnumerable<(string? Name, IEnumerable<string?> Values)> options)
    {
        var parts = MenuText.Lines(descriptionHtml)
            .Select(line => JoinNonEmpty(line.Split('|'), ", "))
            .OfType<string>()
            .ToList();

        foreach (var (optionName, optionValues) in options)
        {
            var values = JoinNonEmpty(optionValues.Select(v => MenuText.FromHtml(v)), ", ");
            if (values is not null)
            {
                var name = MenuText.FromHtml(optionName);
                parts.Add(name is null ? values : $"{MenuText.TitleCase(name)}: {values}");
            }
        }

        return JoinNonEmpty(parts, "; ");
    }

    private static string? JoinNonEmpty(IEnumerable<string?> parts, string separator)
    {
        var kept = parts.Select(MenuText.Clean).OfType<string>().ToList();
        return kept.Count > 0 ? string.Join(separator, kept) : null;
    }
}
