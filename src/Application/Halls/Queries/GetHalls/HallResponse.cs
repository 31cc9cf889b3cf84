namespace DiningMenus.Application.Halls.Queries.GetHalls;

/// <summary>A dining hall as the earlier service listed it.</summary>
/// <param name="Id">The hall id used in every other route, e.g. "frary".</param>
/// <param name="Name">Display name, e.g. "Frary" or "Hoch-Shanahan".</param>
/// <param name="College">College slug from the hall's configuration: pomona, cmc, scripps, pitzer or hmc for the seven Claremont halls.</param>
/// <param name="VendorType">Who publishes the menu: pomona (Eatec feed), bonappetit (cafe pages) or sodexo (menu API).</param>
/// <param name="Color">The college's colour, #rrggbb; null when not configured.</param>
public sealed record HallResponse(string Id, string Name, string College, string VendorType, string? Color);
