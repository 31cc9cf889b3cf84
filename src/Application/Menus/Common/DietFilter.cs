using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.Menus.Common;

/// <summary>
/// The <c>tags</c> a client filters on (e.g. "vegan,gluten-free"), as an immutable set: an item is kept when it
/// carries every tag. A vegan item counts as vegetarian. A well-formed tag no item carries is accepted (it simply
/// matches nothing).
/// </summary>
public sealed class DietFilter : FilterWordList
{
    private DietFilter(IReadOnlyList<string> tags)
        : base(tags)
    {
    }

    /// <summary>No filtering: every item is kept.</summary>
    public static DietFilter None { get; } = new([]);

    /// <summary>The tags, de-duplicated and in ordinal order.</summary>
    public IReadOnlyList<string> Tags => Words;

    /// <summary>Parses a comma-separated tag list. Null or blank is no filter; every word must be a lower-case kebab tag.</summary>
    public static bool TryParse(string? text, out DietFilter filter)
    {
        var read = TryReadWords(text, out var tags);
        filter = read && tags.Count > 0 ? new DietFilter(tags) : None;
        return read;
    }

    /// <summary>
    /// True when an item carrying <paramref name="itemTags"/> passes the filter; the rule that a vegan item counts as
    /// vegetarian lives in the Domain.
    /// </summary>
    public bool Accepts(IReadOnlyList<string> itemTags) => Tags.All(tag => DietaryTags.IsSatisfiedBy(itemTags, tag));
}
