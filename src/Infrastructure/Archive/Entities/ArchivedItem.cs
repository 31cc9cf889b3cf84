namespace DiningMenus.Infrastructure.Archive.Entities;

/// <summary>One dish as an archived station served it.</summary>
public sealed class ArchivedItem
{
    public long Id { get; set; }

    public long StationId { get; set; }

    public ArchivedStation Station { get; set; } = null!;

    public int Position { get; set; }

    public required string Name { get; set; }

    /// <summary>The name as <see cref="Domain.Menus.DishNames.Normalize"/> gives it: what search matches and groups by.</summary>
    public required string NormalizedName { get; set; }

    public string? Description { get; set; }

    public List<string> Tags { get; set; } = [];

    public List<string> Allergens { get; set; } = [];

    public int? Calories { get; set; }

    public bool? Featured { get; set; }

    public int? Tier { get; set; }

    /// <summary>The day's date again, so that a search finds a dish's servings in a date range from one index.</summary>
    public DateOnly ServedOn { get; set; }
}
