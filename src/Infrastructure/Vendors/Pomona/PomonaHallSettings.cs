namespace DiningMenus.Infrastructure.Vendors.Pomona;

/// <summary>A Pomona (Eatec) hall's own keys of its <c>Halls:&lt;id&gt;</c> section.</summary>
public sealed class PomonaHallSettings
{
    /// <summary>The Eatec feed (JSONP), e.g. https://api.pomona.edu/eatec/Frary.json. Required.</summary>
    public string FeedUrl { get; set; } = string.Empty;

    /// <summary>The hall's dining page, which names the current feed URL and the hours. Optional: without it, no hours and no discovered feed.</summary>
    public string? HallPageUrl { get; set; }
}
