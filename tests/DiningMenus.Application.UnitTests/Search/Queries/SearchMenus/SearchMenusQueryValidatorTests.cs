using System.Globalization;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Search.Queries.SearchMenus;
using DiningMenus.Application.UnitTests.TestData;

namespace DiningMenus.Application.UnitTests.Search.Queries.SearchMenus;

/// <summary>The rule on the typed range; reading q, the dates, hall, meal and tags is the API binders' (see ModelBinding tests).</summary>
public sealed class SearchMenusQueryValidatorTests
{
    private readonly SearchMenusQueryValidator _validator = new();

    [TestCase("2025-12-01", "2025-12-01")]
    [TestCase("2025-12-01", "2025-12-31")]
    [TestCase("2024-02-01", "2024-03-02")]
    public void Ranges_of_one_to_31_days_pass_whatever_their_dates(string from, string to)
    {
        Assert.That(_validator.Validate(Query(from, to)).IsValid, Is.True);
    }

    [TestCase("2025-12-01", "2026-01-01", "The range 2025-12-01 to 2026-01-01 covers 32 days; at most 31 are searched at once.")]
    [TestCase("2025-12-07", "2025-12-01", "to (2025-12-01) must not be before from (2025-12-07).")]
    public void A_range_longer_than_a_month_or_backwards_is_refused_on_to(string from, string to, string message)
    {
        var error = _validator.Validate(Query(from, to)).Errors.Single();

        Assert.That((error.PropertyName, error.ErrorMessage), Is.EqualTo(("to", message)));
    }

    [TestCase("2025-12-01", "2025-12-07")]
    [TestCase("9999-12-28", "9999-12-31")]
    public void Without_an_end_a_search_covers_a_week_up_to_the_calendars_last_day(string from, string expectedTo)
    {
        var to = SearchMenusQuery.DefaultTo(Date(from));

        Assert.That(to, Is.EqualTo(Date(expectedTo)));
        Assert.That(_validator.Validate(Query(from, expectedTo)).IsValid, Is.True);
    }

    private static SearchMenusQuery Query(string from, string to) =>
        new(TestSearches.Of("bulgogi"), Date(from), Date(to), null, null, DietFilter.None);

    private static DateOnly Date(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
