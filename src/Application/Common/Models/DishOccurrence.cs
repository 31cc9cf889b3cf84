using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.Common.Models;

/// <summary>
/// One dish served once: in a hall, on a date, at a meal (with its Pacific start and end where the source gives
/// them) and a station, as the latest revision of that day in the archive has it.
/// </summary>
public sealed record DishOccurrence(
    string HallId,
    DateOnly Date,
    MealPeriod Meal,
    TimeOnly? Start,
    TimeOnly? End,
    string Station,
    string Name,
    string NormalizedName,
    IReadOnlyList<string> Tags);
