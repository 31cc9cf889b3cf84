namespace DiningMenus.Api.ModelBinding;

/// <summary>The body of POST /api/v2/alerts, as sent; <see cref="AlertRequestReader"/> reads it into typed values.</summary>
/// <param name="Query" example="bulgogi">The dish to watch for, as for dish search: 1 to 100 characters, with a letter or digit. Case, accents and small typos do not matter.</param>
/// <param name="HallIds" example="[&quot;frary&quot;]">Only these halls (optional; none: every hall).</param>
/// <param name="Meals" example="[&quot;dinner&quot;]">Only these meals: breakfast, brunch, lunch, dinner, late_night (optional; breakfast and lunch include a brunch served instead).</param>
/// <param name="Tags" example="[&quot;gluten-free&quot;]">Only dishes carrying all these dietary tags (optional; vegetarian includes vegan).</param>
/// <param name="WebhookUrl" example="https://example.com/hooks/dining">The https URL deliveries are POSTed to; it must resolve to public internet addresses only.</param>
public sealed record CreateAlertRequest(
    string? Query, IReadOnlyList<string?>? HallIds, IReadOnlyList<string?>? Meals, IReadOnlyList<string?>? Tags, string? WebhookUrl);
