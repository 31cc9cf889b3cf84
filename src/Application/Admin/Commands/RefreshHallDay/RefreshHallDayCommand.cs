using Mediator;

namespace DiningMenus.Application.Admin.Commands.RefreshHallDay;

/// <summary>Fetch one hall's menu of one date from upstream now and replace the cached copy.</summary>
public sealed record RefreshHallDayCommand(string? HallId, string? Date) : ICommand<RefreshHallDayResponse>;
