namespace DiningMenus.Domain.Menus;

/// <summary>Everything one hall serves on one service date.</summary>
public sealed record DayMenu(string HallId, DateOnly Date, DayStatus Status, IReadOnlyList<Meal> Meals)
{
    /// <summary>Full unless a fallback read of a page's markup produced it (see <see cref="ReadFidelity"/>).</summary>
    public ReadFidelity Fidelity { get; init; } = ReadFidelity.Full;

    public static DayMenu Closed(string hallId, DateOnly date) => new(hallId, date, DayStatus.Closed, []);

    public static DayMenu Unpublished(string hallId, DateOnly date) => new(hallId, date, DayStatus.Unpublished, []);

    /// <summary>
    /// The meal a client asking for <paramref name="requested"/> should get. A hall that serves brunch
    /// instead of breakfast or lunch that day answers those requests with its brunch.
    /// </summary>
    public Meal? FindMeal(MealPeriod requested)
    {
        var exact = Meals.FirstOrDefault(m => m.Period == requested);
        if (exact is not null || requested is not (MealPeriod.Breakfast or MealPeriod.Lunch))
        {
            return exact;
        }

        return Meals.FirstOrDefault(m => m.Period == MealPeriod.Brunch);
    }

    /// <summary>
    /// The meals in the order they are served: breakfast, brunch, lunch, dinner, late night, then
    /// unrecognised labels; meals of one period by start time where the source gives one.
    /// </summary>
    public IReadOnlyList<Meal> InServiceOrder() =>
        [.. Meals.OrderBy(m => m.Period).ThenBy(m => m.Start ?? TimeOnly.MinValue)];

    /// <summary>True when the day is open and every meal has at least one item: the shape of a good menu.</summary>
    public bool HasItems => Meals.Count > 0 && Meals.All(m => m.ItemCount > 0);
}
