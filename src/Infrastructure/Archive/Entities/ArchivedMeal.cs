using DiningMenus.Domain.Menus;

namespace DiningMenus.Infrastructure.Archive.Entities;

/// <summary>One meal of an archived day, with the source's label and published hours.</summary>
public sealed class ArchivedMeal
{
    public long Id { get; set; }

    public long DayId { get; set; }

    public ArchivedDay Day { get; set; } = null!;

    /// <summary>Order within the day as the source listed it.</summary>
    public int Position { get; set; }

    public MealPeriod Period { get; set; }

    public required string Label { get; set; }

    public TimeOnly? StartTime { get; set; }

    public TimeOnly? EndTime { get; set; }

    public List<ArchivedStation> Stations { get; set; } = [];
}
