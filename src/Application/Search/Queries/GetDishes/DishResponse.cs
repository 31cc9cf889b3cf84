namespace DiningMenus.Application.Search.Queries.GetDishes;

/// <summary>One dish and when it is served, relative to now.</summary>
/// <param name="Name">The dish as a menu names it.</param>
/// <param name="Score">How well the name matches the search: 1 for the same name, less for parts and typos.</param>
/// <param name="LastServed">The latest serving that is over (an earlier date, or today's meal that has ended); null if none is archived.</param>
/// <param name="NextServed">The first serving still to come (today's meal not yet over, or a later date); null if none is published.</param>
public sealed record DishResponse(string Name, double Score, ServingResponse? LastServed, ServingResponse? NextServed);
