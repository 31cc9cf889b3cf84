using Mediator;

namespace DiningMenus.Application.Common.Events;

/// <summary>
/// Published after the archive committed a day it did not have, or a new revision of a day whose menu changed;
/// never for a re-read that changed nothing. Subscribers (dish alerts) read the day back from the archive.
/// </summary>
/// <param name="HallId">The hall, e.g. "frary".</param>
/// <param name="Date">The service date.</param>
/// <param name="RevisionId">The archive's id of the new revision (stable across instances).</param>
/// <param name="Revision">1 for a day first archived, 2 and up for a changed menu.</param>
public sealed record DayMenuArchived(string HallId, DateOnly Date, long RevisionId, int Revision) : INotification;
