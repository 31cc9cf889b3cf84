namespace DiningMenus.Application.Search.Queries.SearchMenus;

/// <summary>The servings of dishes matching a search, best match first, then by date.</summary>
/// <param name="Q">The search as asked.</param>
/// <param name="From">First date searched, YYYY-MM-DD.</param>
/// <param name="To">Last date searched (inclusive), YYYY-MM-DD.</param>
/// <param name="Results">At most 200 servings, best first.</param>
public sealed record SearchMenusResponse(string Q, string From, string To, IReadOnlyList<SearchResultResponse> Results);
