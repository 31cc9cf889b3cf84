namespace DiningMenus.Api.Infrastructure;

public static class QueryParameters
{
    /// <summary>
    /// Model binding turns "date=" into null, which the queries read as "not given" (today, now). A parameter
    /// given empty is malformed instead: this keeps it as "" so validation answers 400.
    /// </summary>
    public static string? EmptyIfGiven(this HttpRequest request, string name, string? bound) =>
        bound ?? (request.Query.ContainsKey(name) ? string.Empty : null);
}
