using System.Text;
using System.Text.RegularExpressions;

namespace DiningMenus.Tests.Shared;

/// <summary>Cuts made to real Bon Appétit captures in tests, by plain text search (not by the parser's own scanners).</summary>
internal static partial class CafePageEdits
{
    /// <summary>Removes every inline script that assigns <c>Bamco.…</c> data (menu items, icons, dayparts); returns how many.</summary>
    public static string WithoutBamcoScripts(string html, out int removed) =>
        WithoutBlocks(html, "<script", "</script>", block => block.Contains("Bamco.", StringComparison.Ordinal), out removed);

    /// <summary>Removes every <c>&lt;section class="… site-panel--daypart …"&gt;</c> (they do not nest); returns how many.</summary>
    public static string WithoutDaypartSections(string html, out int removed) =>
        WithoutBlocks(html, "<section", "</section>", block => block[..block.IndexOf('>')].Contains("site-panel--daypart", StringComparison.Ordinal), out removed);

    /// <summary>Empties the cafe-info hours list (<c>ul.site-panel__cafeinfo-hours</c>): the page then names no service for its date.</summary>
    public static string WithoutServiceHours(string html)
    {
        var edited = HoursList().Replace(html, m => m.Groups["open"].Value + "</ul>", 1);
        return edited.Length < html.Length ? edited : throw new InvalidOperationException("no cafe-info hours list");
    }

    private static string WithoutBlocks(string html, string open, string close, Func<string, bool> drop, out int removed)
    {
        var kept = new StringBuilder(html.Length);
        removed = 0;
        var at = 0;
        while (html.IndexOf(open, at, StringComparison.OrdinalIgnoreCase) is var start and >= 0)
        {
            var end = html.IndexOf(close, start, StringComparison.OrdinalIgnoreCase) + close.Length;
            var block = html[start..end];
            kept.Append(html, at, start - at);
            if (drop(block))
            {
                removed++;
            }
            else
            {
                kept.Append(block);
            }

            at = end;
        }

        return kept.Append(html, at, html.Length - at).ToString();
    }

    [GeneratedRegex(@"(?<open><ul class=""site-panel__cafeinfo-hours"">).*?</ul>", RegexOptions.Singleline)]
    private static partial Regex HoursList();
}
