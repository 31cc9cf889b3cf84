using System.Text.Json;
using DiningMenus.Infrastructure.Parsing;

namespace DiningMenus.Infrastructure.Vendors.BonAppetit;

/// <summary>
/// The JSON a Bon Appétit page assigns in its inline scripts: <c>Bamco.menu_items</c> (every item of the day by id),
/// <c>Bamco.cor_icons</c> (the site's icons and their kinds) and one <c>Bamco.dayparts['N']</c> per daypart section
/// (stations and their item ids).
/// Reading throws <see cref="JsonException"/> when an assignment is present but its JSON is broken or cut off.
/// </summary>
internal sealed class BamcoScriptData : IDisposable
{
    private const string MenuItemsTarget = "Bamco.menu_items";
    private const string DaypartsTarget = "Bamco.dayparts[";
    private const string CorIconsTarget = "Bamco.cor_icons";

    private static readonly JsonDocumentOptions Tolerant = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    private readonly List<JsonDocument> _documents = [];
    private readonly Dictionary<string, JsonElement> _dayparts = new(StringComparer.Ordinal);

    // JsonElement property lookup is a linear scan; menu_items has hundreds of entries looked up hundreds of times.
    private readonly Dictionary<string, JsonElement> _itemsById = new(StringComparer.Ordinal);

    private BamcoScriptData()
    {
    }

    /// <summary>Items by id (an object), or null when the page has no <c>Bamco.menu_items</c>.</summary>
    public JsonElement? MenuItems { get; private set; }

    /// <summary>The kinds of the site's icons; <see cref="BamcoIcons.None"/> when the page has no <c>Bamco.cor_icons</c>.</summary>
    public BamcoIcons Icons { get; private set; } = BamcoIcons.None;

    /// <summary>True when the page assigns any menu data at all.</summary>
    public bool HasAny => MenuItems is not null || _dayparts.Count > 0;

    public static BamcoScriptData Read(string html)
    {
        var data = new BamcoScriptData();
        try
        {
            data.ReadMenuItems(html);
            data.ReadCorIcons(html);
            data.ReadDayparts(html);
            return data;
        }
        catch
        {
            data.Dispose();
            throw;
        }
    }

    /// <summary>The daypart JSON whose key is <paramref name="daypartId"/> (the section's <c>data-daypart-id</c>).</summary>
    public JsonElement? Daypart(string? daypartId) =>
        daypartId is not null && _dayparts.TryGetValue(daypartId, out var daypart) ? daypart : null;

    /// <summary>The menu item with this id, or null.</summary>
    public JsonElement? Item(string? id) => id is not null && _itemsById.TryGetValue(id, out var item) ? item : null;

    public void Dispose()
    {
        foreach (var document in _documents)
        {
            document.Dispose();
        }

        _documents.Clear();
    }

    private void ReadMenuItems(string html)
    {
        if (FirstAssignment(html, MenuItemsTarget) is { } start)
        {
            MenuItems = ParseAt(html, start, MenuItemsTarget);
            IndexItems(MenuItems.Value);
        }
    }

    private void ReadCorIcons(string html)
    {
        if (FirstAssignment(html, CorIconsTarget) is { } start)
        {
            Icons = BamcoIcons.From(ParseAt(html, start, CorIconsTarget));
        }
    }

    /// <summary>
    /// Where the value of the first "target = {…}" starts. Other mentions of the target are skipped: a longer name
    /// that shares the prefix ("Bamco.menu_items_nonce = '…'") or a read of it in code.
    /// </summary>
    private static int? FirstAssignment(string html, string target)
    {
        for (var at = html.IndexOf(target, StringComparison.Ordinal); at >= 0;
             at = html.IndexOf(target, at + target.Length, StringComparison.Ordinal))
        {
            var start = BalancedJson.ValueStartAfterAssignment(html, at + target.Length);
            if (start >= 0)
            {
                return start;
            }
        }

        return null;
    }

    private void IndexItems(JsonElement menuItems)
    {
        if (menuItems.ValueKind != JsonValueKind.Object)
        {
            return; // PHP writes an empty map as []
        }

        foreach (var entry in menuItems.EnumerateObject())
        {
            _itemsById[entry.Name] = entry.Value;
        }
    }

    private void ReadDayparts(string html)
    {
        for (var at = html.IndexOf(DaypartsTarget, StringComparison.Ordinal); at >= 0;
             at = html.IndexOf(DaypartsTarget, at + DaypartsTarget.Length, StringComparison.Ordinal))
        {
            if (!TryReadKey(html, at + DaypartsTarget.Length, out var key, out var afterKey))
            {
                continue;
            }

            var start = BalancedJson.ValueStartAfterAssignment(html, afterKey);
            if (start >= 0)
            {
                // A later assignment to the same key replaces an earlier one, as it would in the browser.
                _dayparts[key] = ParseAt(html, start, $"Bamco.dayparts['{key}']");
            }
        }
    }

    /// <summary>Reads <c>'2']</c> or <c>"2"]</c> or <c>2]</c> starting at <paramref name="i"/>.</summary>
    private static bool TryReadKey(string html, int i, out string key, out int afterKey)
    {
        key = string.Empty;
        afterKey = -1;
        var close = html.IndexOf(']', i);
        if (close < 0 || close - i > 40)
        {
            return false;
        }

        key = html.AsSpan(i, close - i).Trim().Trim("'\"").ToString();
        afterKey = close + 1;
        return key.Length > 0;
    }

    private JsonElement ParseAt(string html, int start, string target)
    {
        var length = BalancedJson.MeasureValue(html.AsSpan(start))
            ?? throw new JsonException($"{target} never closes (truncated page)");

        // Parsing the slice in place avoids copying the half-megabyte menu_items into a string of its own.
        var document = JsonDocument.Parse(html.AsMemory(start, length), Tolerant);
        _documents.Add(document);
        return document.RootElement;
    }
}
