namespace DiningMenus.Domain.Menus;

/// <summary>The normalized meal a source's own label maps to.</summary>
public enum MealPeriod
{
    Breakfast,
    Brunch,
    Lunch,
    Dinner,
    LateNight,

    /// <summary>A label we do not recognise; the source label is kept beside it.</summary>
    Other,
}
