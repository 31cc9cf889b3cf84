namespace DiningMenus.Api.Infrastructure.OutputCaching;

/// <summary>
/// Marks a public GET action whose 200 answers are replayed from memory (<see cref="PublicAnswerOutputCachePolicy"/>),
/// and names the query parameters its answers vary by: every query parameter the action reads, and only those (a
/// parameter it does not read cannot change the answer, so unknown ones share the entry). Each value is keyed by
/// what it binds to (<see cref="ReplayKeyValues"/>), not by its spelling. A new query parameter on an action is added
/// here too; <c>ReplayKeyTests</c> fails until it is.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class VariesByQueryAttribute(params string[] names) : Attribute
{
    public IReadOnlyList<string> Names { get; } = names;
}
