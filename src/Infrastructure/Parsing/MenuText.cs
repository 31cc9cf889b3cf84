using System.Globalization;
using System.Text;
using HtmlAgilityPack;

namespace DiningMenus.Infrastructure.Parsing;

/// <summary>Cleans vendor text for display: markup removed, entities decoded once, whitespace collapsed.</summary>
public static class MenuText
{
    // Words Bon Appétit pages keep lower case inside a title ("Grilled to Order", "Cream of Rice").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MinorWords =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of", "on", "or", "the", "to", "with",
        }.GetAlternateLookup<ReadOnlySpan<char>>();

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
    public static string? FromHtml(string? html, string lineBreak = " ") => Clean(string.Join(lineBreak, Lines(html)));

    /// <summary>
    /// The non-empty lines of an HTML fragment, split at <c>&lt;br&gt;</c> and newlines, each with tags removed,
    /// entities decoded and whitespace collapsed.
    /// </summary>
    public static IReadOnlyList<string> Lines(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return [];
        }

        string text;
        if (html.Contains('<', StringComparison.Ordinal))
        {
            var document = new HtmlDocument();
            document.LoadHtml(html.Replace("<br />", "\n", StringComparison.OrdinalIgnoreCase)
                .Replace("<br/>", "\n", StringComparison.OrdinalIgnoreCase)
                .Replace("<br>", "\n", StringComparison.OrdinalIgnoreCase));
            text = HtmlEntity.DeEntitize(document.DocumentNode.InnerText);
        }
        else
        {
            text = HtmlEntity.DeEntitize(html);
        }

        return [.. text.Split('\n').Select(Clean).OfType<string>()];
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

    /// <summary>
    /// "cage free scrambled eggs with cheese" → "Cage Free Scrambled Eggs with Cheese", as Bon Appétit pages display
    /// labels: each word's first letter raised, the rest kept ("the CarveCraft" → "The CarveCraft", "A-1", "Cap'n"),
    /// minor words lower case unless first. Checked against every visible item title of the three 2026-02-07 captures.
    /// </summary>
    public static string TitleCase(string text)
    {
        var builder = new StringBuilder(text.Length);
        var first = true;
        var start = 0;
        while (start < text.Length)
        {
            if (char.IsWhiteSpace(text[start]))
            {
                builder.Append(text[start++]);
                continue;
            }

            var end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            AppendTitleWord(builder, text.AsSpan(start, end - start), first);
            first = false;
            start = end;
        }

        return builder.ToString();
    }

    private static void AppendTitleWord(StringBuilder builder, ReadOnlySpan<char> word, bool first)
    {
        if (!first && MinorWords.Contains(word))
        {
            foreach (var c in word)
            {
                builder.Append(char.ToLowerInvariant(c));
            }

            return;
        }

        builder.Append(char.ToUpperInvariant(word[0])).Append(word[1..]);
    }
}
