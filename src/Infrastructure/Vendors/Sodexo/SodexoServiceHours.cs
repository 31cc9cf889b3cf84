namespace DiningMenus.Infrastructure.Vendors.Sodexo;

/// <summary>
/// One labelled service ("Breakfast", "Fall Break", "Juneteenth Holiday CLOSED") on a set of weekdays, with
/// local (Pacific) clock times as the site gives them. Times are not corrected: one real holiday dinner
/// "finishes" at 07:00 AM, before it starts.
/// </summary>
public sealed record SodexoServiceHours(IReadOnlyList<DayOfWeek> Days, string Label, TimeOnly? Start, TimeOnly? End, bool AllDay);
