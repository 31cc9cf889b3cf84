using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Search.Common;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.Alerts.Common;

/// <summary>
/// What a client asks to be told about, as typed values read at the edge: dishes matching <paramref name="Query"/>
/// (as dish search matches them), in these halls and meals (empty: all), carrying these tags, sent to <paramref name="Url"/>.
/// </summary>
public sealed record AlertDefinition(
    SearchText Query, IReadOnlyList<Hall> Halls, IReadOnlyList<MealPeriod> Meals, DietFilter Tags, WebhookUrl Url);
