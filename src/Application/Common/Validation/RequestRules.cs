using System.Globalization;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Menus;
using FluentValidation;

namespace DiningMenus.Application.Common.Validation;

/// <summary>Validation rules shared by every query that takes a hall id or a service date.</summary>
public static class RequestRules
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Parses a date exactly as the contract writes it (YYYY-MM-DD).</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static IRuleBuilderOptions<T, string?> MustBeKnownHall<T>(this IRuleBuilderInitial<T, string?> rule, IHallRegistry halls) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("hall_id is required.")
            .Must(id => halls.Find(id) is not null)
            .WithErrorCode(ErrorCodes.UnknownHall)
            .WithMessage((_, id) => $"Unknown hall_id: {id}");

    /// <summary>A YYYY-MM-DD date inside the window of days around today (Pacific) that the service answers for.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeServedDate<T>(
        this IRuleBuilderInitial<T, string?> rule, TimeProvider clock, MenusOptions options) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(text => TryParseDate(text, out _))
            .WithMessage((_, text) => $"Invalid date format, use YYYY-MM-DD (got '{text}').")
            .Must(text => TryParseDate(text, out var date) && IsServedDate(date, clock, options))
            .WithMessage((_, text) =>
            {
                var today = ServiceCalendar.Today(clock);
                return $"Date {text} is outside the served window: {options.MaxDaysBack} days before to "
                    + $"{options.MaxDaysAhead} days after today ({today.ToString(DateFormat, CultureInfo.InvariantCulture)}, Pacific time).";
            });

    /// <summary>An optional comma-separated list of lower-case kebab dietary tags ("vegan,gluten-free").</summary>
    public static IRuleBuilderOptions<T, string?> MustBeDietTags<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Must(text => DietFilter.TryParse(text, out _))
            .WithMessage((_, text) => $"Invalid tags '{text}': use comma-separated lower-case kebab words, e.g. vegan,gluten-free.");

    /// <summary>True when <paramref name="date"/> is inside the window of days around today (Pacific) that menus are served for.</summary>
    public static bool IsServedDate(DateOnly date, TimeProvider clock, MenusOptions options)
    {
        var today = ServiceCalendar.Today(clock);
        return date >= today.AddDays(-options.MaxDaysBack) && date <= today.AddDays(options.MaxDaysAhead);
    }
}
