namespace DiningMenus.Domain.Menus;

/// <summary>One meal service of a day, with the source's own label kept beside the normalized period.</summary>
/// <param name="Start">Local (Pacific) start time where the source publishes it.</param>
/// <param name="End">Local (Pacific) end time where the source publishes it.</param>
public sealed record Meal(MealPeriod Period, string Label, TimeOnly? Start, TimeOnly? End, IReadOnlyList<Station> Stations)
{
    public int ItemCount => Stations.Sum(s => s.Items.Count);
}
