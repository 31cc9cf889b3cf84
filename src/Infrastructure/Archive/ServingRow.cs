using DiningMenus.Domain.Menus;

namespace DiningMenus.Infrastructure.Archive;

/// <summary>One item of the latest revision of its day, flattened with its station, meal and hall for search queries.</summary>
internal sealed class ServingRow
{
    public required string NormalizedName { get; init; }

    public required string Name { get; init; }

    public required List<string> Tags { get; init; }

    public DateOnly ServedOn { get; init; }

    public required string Station { get; init; }

    public MealPeriod Meal { get; init; }

    public TimeOnly? Start { get; init; }

    public TimeOnly? End { get; init; }

    public required string HallId { get; init; }
}
