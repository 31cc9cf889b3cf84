using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Exceptions;
using DiningMenus.Application.Common.Validation;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using FluentValidation;
using FluentValidation.Results;

namespace DiningMenus.Api.Infrastructure;

/// <summary>
/// Turns query-string words into the typed values a query carries (hall, date, meal, tag set), collecting every
/// problem and reporting them together as the usual problem details: 400, or 404 for an unknown hall. Parsing
/// happens here, at the edge, once; handlers only see typed values.
/// </summary>
public sealed class QueryParameterParser(IHallRegistry halls)
{
    private readonly List<ValidationFailure> _failures = [];

    /// <summary>The hall named by an optional parameter; null when not given.</summary>
    public Hall? OptionalHall(string name, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            _failures.Add(new ValidationFailure(name, $"{name} is empty: give a hall id or leave it out."));
            return null;
        }

        var hall = halls.Find(text);
        if (hall is null)
        {
            throw new NotFoundException($"Unknown hall_id: {text}");
        }

        return hall;
    }

    /// <summary>An optional YYYY-MM-DD date; null when not given.</summary>
    public DateOnly? OptionalDate(string name, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (RequestRules.TryParseDate(text, out var date))
        {
            return date;
        }

        _failures.Add(new ValidationFailure(name, $"Invalid date format, use YYYY-MM-DD (got '{text}')."));
        return null;
    }

    /// <summary>An optional meal word (breakfast, brunch, lunch, dinner, late_night); null when not given.</summary>
    public MealPeriod? OptionalMeal(string name, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (MealPeriods.TryParseRequest(text, out var meal))
        {
            return meal;
        }

        _failures.Add(new ValidationFailure(name, $"Unknown meal '{text}': use one of {string.Join(", ", MealPeriods.RequestWords)}."));
        return null;
    }

    /// <summary>An optional comma-separated list of lower-case kebab dietary tags; no filter when not given.</summary>
    public DietFilter Tags(string name, string? text)
    {
        if (DietFilter.TryParse(text, out var filter))
        {
            return filter;
        }

        _failures.Add(new ValidationFailure(name, $"Invalid tags '{text}': use comma-separated lower-case kebab words, e.g. vegan,gluten-free."));
        return DietFilter.None;
    }

    /// <summary>Throws the collected problems, if any, as one validation failure (the exception handler writes the problem details).</summary>
    public void ThrowIfInvalid()
    {
        if (_failures.Count > 0)
        {
            throw new ValidationException(_failures);
        }
    }

    /// <summary>
    /// Model binding turns "date=" into null, which the queries read as "not given". A parameter given empty is
    /// malformed instead: this keeps it as "".
    /// </summary>
    public static string? EmptyIfGiven(HttpRequest request, string name, string? bound) =>
        bound ?? (request.Query.ContainsKey(name) ? string.Empty : null);
}
