namespace DiningMenus.Application.Common.Models;

/// <summary>A typed reason a source or parser gave no menu.</summary>
public sealed record SourceFailure(SourceFailureKind Kind, string Reason)
{
    public override string ToString() => $"{Kind}: {Reason}";
}
