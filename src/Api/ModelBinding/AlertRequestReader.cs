using System.Diagnostics.CodeAnalysis;
using DiningMenus.Application.Alerts.Common;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Search.Common;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DiningMenus.Api.ModelBinding;

/// <summary>
/// Reads an alert's body into an <see cref="AlertDefinition"/> once, at the edge, with the same rules as the query
/// parameters of the same name (<see cref="SearchText"/>, the hall registry, meal words, <see cref="DietFilter"/>)
/// and <see cref="WebhookUrl"/>. Every field that does not read is named in model state, keyed by its JSON name.
/// </summary>
public static class AlertRequestReader
{
    private static readonly string MealWords = string.Join(", ", MealPeriods.RequestWords);

    public static bool TryRead(
        CreateAlertRequest request, IHallRegistry halls, bool allowLoopbackTargets, ModelStateDictionary errors, [NotNullWhen(true)] out AlertDefinition? alert)
    {
        alert = null;
        if (!SearchText.TryParse(request.Query, out var query, out var queryProblem))
        {
            errors.AddModelError("query", queryProblem.Replace("q ", "query ", StringComparison.Ordinal));
        }

        var hallList = new List<Hall>();
        foreach (var id in request.HallIds ?? [])
        {
            if (string.IsNullOrWhiteSpace(id) || halls.Find(id) is not { } hall)
            {
                errors.AddModelError("hall_ids", $"Unknown hall_id: {id}. GET /api/v2/halls lists them.");
                continue;
            }

            hallList.Add(hall);
        }

        var meals = new List<MealPeriod>();
        foreach (var word in request.Meals ?? [])
        {
            if (!MealPeriods.TryParseRequest(word, out var meal))
            {
                errors.AddModelError("meals", $"Unknown meal '{word}': use one of {MealWords}.");
                continue;
            }

            meals.Add(meal);
        }

        var tagsText = string.Join(',', request.Tags ?? []);
        if ((request.Tags ?? []).Any(t => string.IsNullOrWhiteSpace(t) || t.Contains(',', StringComparison.Ordinal)) || !DietFilter.TryParse(tagsText, out var tags))
        {
            errors.AddModelError("tags", $"Invalid tags '{tagsText}': give lower-case kebab words, e.g. [\"vegan\", \"gluten-free\"].");
            tags = DietFilter.None;
        }

        if (!WebhookUrl.TryParse(request.WebhookUrl, allowLoopbackTargets, out var url, out var urlProblem))
        {
            errors.AddModelError("webhook_url", urlProblem);
        }

        if (!errors.IsValid || query is null || url is null)
        {
            return false;
        }

        alert = new AlertDefinition(query, hallList, meals, tags, url);
        return true;
    }
}
