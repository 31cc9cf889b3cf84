using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.Common.Models;

/// <summary>
/// Which occurrences a search wants: these dishes (by normalized name), between two dates (inclusive), optionally
/// in one hall and at some meal periods (null keeps every meal).
/// </summary>
public sealed record DishOccurrenceFilter(
    IReadOnlyCollection<string> NormalizedNames,
    DateOnly From,
    DateOnly To,
    string? HallId = null,
    IReadOnlyCollection<MealPeriod>? Meals = null);
