using System.Diagnostics.CodeAnalysis;
using DiningMenus.Application.Common.Models;

namespace DiningMenus.Infrastructure.Http;

/// <summary>An upstream response body as text, or the typed reason there is none.</summary>
public sealed record UpstreamBody(string? Text, SourceFailure? Failure)
{
    [MemberNotNullWhen(true, nameof(Text))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Failure is null && Text is not null;
}
