namespace DiningMenus.Infrastructure.Vendors.BonAppetit;

/// <summary>
/// Locates a cafe page's site panels (<c>&lt;section class="… site-panel--daypart"&gt;</c>, <c>site-panel--cafeinfo</c>)
/// in the raw page text. Loading the whole 1.5 MB page into an HTML DOM costs more than everything else together,
/// while only each daypart section's head (its container's data attributes and title) and the small cafe-info
/// panel are needed unless the markup fallback runs.
/// </summary>
internal static class SitePanelScanner
{
    private const string SectionOpen = "<section";
    private const string SectionClose = "</section";

    /// <summary>Extents (start, length) of the sections whose start tag mentions <paramref name="sectionClass"/>, in page order.</summary>
    public static List<(int Start, int Length)> Find(string html, string sectionClass)
    {
        var extents = new List<(int Start, int Length)>();
        var searchFrom = 0;
        while (true)
        {
            var at = html.IndexOf(sectionClass, searchFrom, StringComparison.Ordinal);
            if (at < 0)
            {
                return extents;
            }

            var open = html.LastIndexOf('<', at);
            var insideSectionTag = open >= searchFrom && html.LastIndexOf('>', at) < open
                && html.AsSpan(open).StartsWith(SectionOpen, StringComparison.OrdinalIgnoreCase);
            if (!insideSectionTag)
            {
                searchFrom = at + sectionClass.Length;
                continue;
            }

            var end = SectionEnd(html, open);
            extents.Add((open, end - open));
            searchFrom = end;
        }
    }

    /// <summary>The index just past the <c>&lt;/section&gt;</c> matching the one opened at <paramref name="open"/>; the page end when unclosed.</summary>
    private static int SectionEnd(string html, int open)
    {
        var depth = 1;
        var i = open + SectionOpen.Length;
        while (depth > 0)
        {
            var nextOpen = html.IndexOf(SectionOpen, i, StringComparison.OrdinalIgnoreCase);
            var nextClose = html.IndexOf(SectionClose, i, StringComparison.OrdinalIgnoreCase);
            if (nextClose < 0)
            {
                return html.Length;
            }

            if (nextOpen >= 0 && nextOpen < nextClose)
            {
                depth++;
                i = nextOpen + SectionOpen.Length;
            }
            else
            {
                depth--;
                i = nextClose + SectionClose.Length;
            }
        }

        var tagEnd = html.IndexOf('>', i);
        return tagEnd < 0 ? html.Length : tagEnd + 1;
    }
}
