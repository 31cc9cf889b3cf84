using System.Globalization;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Validation;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Api.Infrastructure.OutputCaching;

/// <summary>
/// The text a query value contributes to a replayed answer's key: the canonical text of the value its binder reads
/// (the same parsing rule), so spellings that bind alike share one answer — <c>FRARY</c> and <c>frary</c>,
/// <c>Dinner</c> and <c>dinner</c>, <c>vegan,gluten-free</c> and <c>gluten-free,vegan,vegan</c>. A value that does
/// not read is keyed by its escaped text behind a <c>!</c>: its answer is an error, which is never kept, and it must
/// never share an entry with a value that reads. A parameter type without a rule here is keyed by its text as sent.
/// </summary>
public sealed class ReplayKeyValues
{
    private readonly Dictionary<Type, Func<string, string?>> _canonical;

    public ReplayKeyValues(IHallRegistry halls)
    {
        _canonical = new()
        {
            [typeof(Hall)] = text => halls.Find(text)?.Id,
            [typeof(DateOnly)] = text => RequestRules.TryParseDate(text, out var date) ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            [typeof(MealPeriod)] = text => MealPeriods.TryParseRequest(text, out var meal) ? meal.ToWireName() : null,
            [typeof(DietFilter)] = text => DietFilter.TryParse(text, out var filter) ? filter.ToString() : null,
            [typeof(DateTimeOffset)] = text => InstantText.TryParse(text, out var instant) ? instant.UtcTicks.ToString(CultureInfo.InvariantCulture) : null,
        };
    }

    /// <summary>Whether values of <paramref name="type"/> (nullable or not) are keyed by what they bind to.</summary>
    public bool HasRule(Type type) => _canonical.ContainsKey(Nullable.GetUnderlyingType(type) ?? type);

    /// <summary>The key text of <paramref name="text"/>, sent for a parameter of <paramref name="type"/> (null: unknown).</summary>
    public string Of(Type? type, string text)
    {
        if (type is null || !_canonical.TryGetValue(Nullable.GetUnderlyingType(type) ?? type, out var canonical))
        {
            return Uri.EscapeDataString(text);
        }

        return canonical(text) ?? "!" + Uri.EscapeDataString(text);
    }

    /// <summary>The registry's id of a hall id as sent, or null when it names no hall.</summary>
    public string? HallId(string? text) => text is null ? null : _canonical[typeof(Hall)](text);
}
