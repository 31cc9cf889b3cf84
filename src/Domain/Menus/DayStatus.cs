namespace DiningMenus.Domain.Menus;

/// <summary>What a source says about one hall on one service date.</summary>
public enum DayStatus
{
    /// <summary>At least one meal with items is published.</summary>
    Open,

    /// <summary>The source says the hall is closed that day.</summary>
    Closed,

    /// <summary>The source has nothing for that date (not the same as closed).</summary>
    Unpublished,
}
