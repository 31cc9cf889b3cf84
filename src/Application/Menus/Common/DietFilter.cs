using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.Menus.Common;

/// <summary>
/// The <c>tags</c> a client filters on (e.g. "vegan,gluten-free"), as an immutable set: only items carrying
/// every tag are kept, and stations left without items are dropped. A vegan item counts as vegetarian.
/// Two filters with the same tags are equal, whatever order or repetition the client wrote them in.
/// </summary>
public sealed class DietFilter : IEquatable<DietFilter>
{
    private DietFilter(IReadOnlyList<string> tags) => Tags = tags;

    /// <summary>No filtering: every item is kept.</summary>
    public static DietFilter None { get; } = new([]);

    /// <summary>The tags, de-duplicated and in ordinal order.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>
    /// Parses a comma-separated tag list. Null or blank is no filter; every word must be a lower-case kebab
    /// tag. A well-formed tag no item carries is accepted (it simply matches nothing).
    /// </summary>
    public static bool TryParse(string? text, out DietFilter filter)
    {
        filter = None;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var tags = text.Split(',', StringSplitOptions.TrimEntries);
        if (!tags.All(DietaryTags.IsWellFormed))
        {
            return false;
        }

        filter = new DietFilter([.. tags.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
        return true;
    }

    public Meal Apply(Meal meal) => Tags.Count == 0 ? meal : meal with { Stations = Apply(meal.Stations) };

    public IReadOnlyList<Station> Apply(IReadOnlyList<Station> stations) =>
        Tags.Count == 0
            ? stations
            : [.. stations
                .Select(s => s with { Items = [.. s.Items.Where(Matches)] })
                .Where(s => s.Items.Count > 0)];

    /// <summary>True when an item carrying <paramref name="itemTags"/> passes the filter.</summary>
    public bool Accepts(IReadOnlyList<string> itemTags) => Tags.All(tag => DietaryTags.IsSatisfiedBy(itemTags, tag));

    public bool Equals(DietFilter? other) => other is not null && Tags.SequenceEqual(other.Tags, StringComparer.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as DietFilter);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var tag in Tags)
        {
            hash.Add(tag, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>The canonical list, as a client would send it: "gluten-free,vegan".</summary>
    public override string ToString() => string.Join(',', Tags);

    // Tags say what the vendor says; the rule that a vegan item counts as vegetarian lives in the Domain.
    private bool Matches(MenuItem item) => Accepts(item.Tags);
}
