using System.Globalization;
using DiningMenus.Application.Common.Options;
using DiningMenus.Domain.Menus;
using FluentValidation;

namespace DiningMenus.Application.Common.Validation;

/// <summary>The contract's date format (read at the API edge, written in answers) and the served-date rule.</summary>
public static class RequestRules
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Parses a date exactly as the contract writes it (YYYY-MM-DD).</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A date as the contract writes it: YYYY-MM-DD.</summary>
    public static string ToWireDate(this DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>A date inside the window of days around today (Pacific) that the service answers for.</summary>
    public static IRuleBuilderOptions<T, DateOnly> MustBeServedDate<T>(
        this IRuleBuilderInitial<T, DateOnly> rule, TimeProvider clock, MenusOptions options) =>
        rule.Must(date => IsServedDate(date, clock, options))
            .WithMessage((_, date) =>
                $"Date {date.ToWireDate()} is outside the served window: {options.MaxDaysBack} days before to "
                + $"{options.MaxDaysAhead} days after today ({ServiceCalendar.Today(clock).ToWireDate()}, Pacific time).");

    /// <summary>True when <paramref name="date"/> is inside the window of days around today (Pacific) that menus are served for.</summary>
    public static bool IsServedDate(DateOnly date, TimeProvider clock, MenusOptions options)
    {
        var today = ServiceCalendar.Today(clock);
        return date >= today.AddDays(-options.MaxDaysBack) && date <= today.AddDays(options.MaxDaysAhead);
    }
}
