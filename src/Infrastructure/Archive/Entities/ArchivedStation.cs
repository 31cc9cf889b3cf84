namespace DiningMenus.Infrastructure.Archive.Entities;

/// <summary>One station of an archived meal.</summary>
public sealed class ArchivedStation
{
    public long Id { get; set; }

    public long MealId { get; set; }

    public ArchivedMeal Meal { get; set; } = null!;

    public int Position { get; set; }

    public required string Name { get; set; }

    public List<ArchivedItem> Items { get; set; } = [];
}
