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
/// never share an entry with a value that reads. A parameter type without a rule here is keyed by its text as sent:
/// right for a date, read in one exact format (YYYY-MM-DD), whose text already is canonical.
/// </summary>
public sealed class ReplayKeyValues
{
    private readonly Dictionary<Type, Func<string, string?>> _canonical;

    public ReplayKeyValues(IHallRegistry halls)
    {
        _canonical = new()
        {
            [typeof(Hall)] = text => halls.Find(text)?.Id,
            [typeof(MealPeriod)] = text => MealPeriods.TryParseRequest(text, out var meal) ? meal.ToWireName() : null,
            [typeof(DietFilter)] = text => DietFilter.TryParse(text, out var filter) ? filter.ToString() : null,
            [typeof(AllergenSet)] = text => AllergenSet.TryParse(text, out var allergens, out _) ? allergens.ToString() : null,
            // A flag binds from true/false in any case, empty being unset: key it as what it binds to.
            [typeof(bool)] = text => string.IsNullOrWhiteSpace(text) ? string.Empty
                : bool.TryParse(text.Trim(), out var flag) ? (flag ? "true" : "false") : null,
            [typeof(DateTimeOffset)] = text => InstantText.TryParse(text, out var instant) ? instant.UtcTicks.ToString(CultureInfo.InvariantCulture) : null,
        };
    }

    /// <summary>
    /// How the text sent for a parameter of <paramref name="type"/> (nullable or not; null: no such parameter) becomes
    /// key text. Resolved once per parameter, so a request only runs the rule.
    /// </summary>
    public Func<string, string> For(Type? type)
    {
        if (type is null || !_canonical.TryGetValue(Nullable.GetUnderlyingType(type) ?? type, out var canonical))
        {
            return Uri.EscapeDataString;
        }

        return text => canonical(text) ?? "!" + Uri.EscapeDataString(text);
    }

    /// <summary>The registry's id of a hall id as sent, or null when it names no hall.</summary>
    public string? HallId(string? text) => text is null ? null : _canonical[typeof(Hall)](text);
}
