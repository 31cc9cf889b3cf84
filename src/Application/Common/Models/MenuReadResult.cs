using System.Diagnostics.CodeAnalysis;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.Common.Models;

/// <summary>What a parser or a menu source produced: the days it read, or a typed failure.</summary>
public sealed class MenuReadResult
{
    private MenuReadResult(IReadOnlyList<DayMenu> days, SourceFailure? failure, ParseReport? report)
    {
        Days = days;
        Failure = failure;
        Report = report ?? new ParseReport();
    }

    /// <summary>Every day read (one for most sources, a week for the Eatec feed); empty on failure.</summary>
    public IReadOnlyList<DayMenu> Days { get; }

    public SourceFailure? Failure { get; }

    /// <summary>Unknown labels and dropped entries the parser noticed (empty for failures).</summary>
    public ParseReport Report { get; }

    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Failure is null;

    public static MenuReadResult Read(IReadOnlyList<DayMenu> days, ParseReport? report = null) => new(days, null, report);

    public static MenuReadResult Read(DayMenu day, ParseReport? report = null) => new([day], null, report);

    public static MenuReadResult Failed(SourceFailureKind kind, string reason) => new([], new SourceFailure(kind, reason), null);

    public static MenuReadResult Failed(SourceFailure failure) => new([], failure, null);

    /// <summary>The day read for <paramref name="date"/>, or null when the payload did not cover it.</summary>
    public DayMenu? DayFor(DateOnly date) => Days.FirstOrDefault(d => d.Date == date);
}
