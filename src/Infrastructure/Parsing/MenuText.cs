using System.Globalization;
using System.Text;
using HtmlAgilityPack;

namespace DiningMenus.Infrastructure.Parsing;

/// <summary>Cleans vendor text for display: markup removed, entities decoded once, whitespace collapsed.</summary>
public static class MenuText
{
    /// <summary>Runs of whitespace become one space; the ends are trimmed; empty becomes null.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Text of an HTML fragment: tags removed (line breaks become <paramref name="lineBreak"/>), entities
    /// decoded, whitespace collapsed.
    /// </summary>
    public static string? FromHtml(string? html, string lineBreak = " ")
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        if (!html.Contains('<', StringComparison.Ordinal))
        {
            return Clean(HtmlEntity.DeEntitize(html));
        }

        var document = new HtmlDocument();
        document.LoadHtml(html.Replace("<br />", "\n", StringComparison.OrdinalIgnoreCase)
            .Replace("<br/>", "\n", StringComparison.OrdinalIgnoreCase)
            .Replace("<br>", "\n", StringComparison.OrdinalIgnoreCase));
        var text = HtmlEntity.DeEntitize(document.DocumentNode.InnerText);
        var lines = text.Split('\n').Select(Clean).Where(l => l is not null);
        return Clean(string.Join(lineBreak, lines));
    }

    /// <summary>The leading number of "290", "290 kcal", " 117.65", rounded; null for "", "NA", "&lt; 1".</summary>
    public static int? LeadingNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var span = text.AsSpan().Trim();
        var end = 0;
        while (end < span.Length && (char.IsAsciiDigit(span[end]) || span[end] == '.'))
        {
            end++;
        }

        return end > 0 && decimal.TryParse(span[..end], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? (int)Math.Round(value, MidpointRounding.AwayFromZero)
            : null;
    }

    /// <summary>"cage free scrambled eggs" → "Cage Free Scrambled Eggs", as Bon Appétit pages display labels.</summary>
    public static string TitleCase(string text) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text);
}
