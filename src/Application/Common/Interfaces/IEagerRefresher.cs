namespace DiningMenus.Application.Common.Interfaces;

/// <summary>Renews popular cache entries in the background before they expire, once per key at a time.</summary>
public interface IEagerRefresher
{
    /// <summary>Starts a background refresh of <paramref name="key"/> by sending <paramref name="message"/> again; false when one already runs.</summary>
    bool TrySchedule(string key, object message);
}
