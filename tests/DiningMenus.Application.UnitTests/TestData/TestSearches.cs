using DiningMenus.Application.Search.Common;

namespace DiningMenus.Application.UnitTests.TestData;

/// <summary>A search's <c>q</c> as the API edge reads it.</summary>
internal static class TestSearches
{
    public static SearchText Of(string q) =>
        SearchText.TryParse(q, out var search, out var problem) ? search : throw new ArgumentException(problem, nameof(q));
}
