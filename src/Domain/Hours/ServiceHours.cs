using DiningMenus.Domain.Menus;

namespace DiningMenus.Domain.Hours;

/// <summary>
/// One service window of a day in local (Pacific) clock time, with the source's own label kept beside the
/// normalized period ("Continental Breakfast" is a breakfast, "Continuous Service" is <see cref="MealPeriod.Other"/>).
/// </summary>
public sealed record ServiceHours(MealPeriod Period, string Label, TimeOnly Start, TimeOnly End)
{
    /// <summary>A service whose period comes from its label.</summary>
    public static ServiceHours Labelled(string label, TimeOnly start, TimeOnly end) =>
        new(MealPeriods.FromSourceLabel(label), label, start, end);

    /// <summary>
    /// True from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive). A window that does not end after
    /// it starts is a data-entry error (one Sodexo holiday dinner "ends" at 07:00 AM) and covers nothing.
    /// </summary>
    public bool Covers(TimeOnly time) => End > Start && time >= Start && time < End;
}
