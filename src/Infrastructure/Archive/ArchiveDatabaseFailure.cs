using System.Data.Common;

namespace DiningMenus.Infrastructure.Archive;

/// <summary>
/// Tells the archive database's expected failures (down, unreachable, refusing, timing out, its file out of reach)
/// from bugs. An expected
/// failure is logged as one line with its reason, no stack trace, as a failing vendor is; anything else keeps its
/// exception in the log.
/// </summary>
internal static class ArchiveDatabaseFailure
{
    /// <summary>
    /// The database's own errors and timeouts, also as EF Core wraps them ("likely due to a transient failure"), and
    /// for SQLite the file system refusing the database file's folder.
    /// </summary>
    public static bool Is(Exception exception) => Find(exception) is not null;

    /// <summary>The database's own message, first line only ("Failed to connect to 127.0.0.1:5432", "SQLite Error 14: …").</summary>
    public static string Reason(Exception exception)
    {
        var message = (Find(exception) ?? exception).Message;
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }

    private static Exception? Find(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException or TimeoutException or IOException or UnauthorizedAccessException)
            {
                return current;
            }
        }

        return null;
    }
}
