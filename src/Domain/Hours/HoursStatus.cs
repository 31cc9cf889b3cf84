namespace DiningMenus.Domain.Hours;

/// <summary>What is known about a hall's hours on one service date.</summary>
public enum HoursStatus
{
    /// <summary>The hall publishes service hours for the date.</summary>
    Open,

    /// <summary>A source says the hall is closed that day (a Closed feed record, a holiday closure, no hours that weekday).</summary>
    Closed,

    /// <summary>No source could say (page missing, unreachable or unreadable): never guessed as open or closed.</summary>
    Unknown,
}
