using DiningMenus.Infrastructure.Archive;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DiningMenus.Infrastructure.UnitTests.Archive;

public sealed class ArchiveDatabaseFailureTests
{
    [Test]
    public void The_databases_own_errors_are_expected_failures_also_wrapped_by_EF_Core()
    {
        var sqlite = new SqliteException("SQLite Error 14: 'unable to open database file'.", 14);
        var wrapped = new DbUpdateException("An error occurred while saving the entity changes.", sqlite);
        var unreachable = new NpgsqlException("Failed to connect to 127.0.0.1:9\nat somewhere", new System.Net.Sockets.SocketException(111));

        Assert.That((ArchiveDatabaseFailure.Is(wrapped), ArchiveDatabaseFailure.Reason(wrapped)),
            Is.EqualTo((true, "SQLite Error 14: 'unable to open database file'.")));
        Assert.That((ArchiveDatabaseFailure.Is(unreachable), ArchiveDatabaseFailure.Reason(unreachable)),
            Is.EqualTo((true, "Failed to connect to 127.0.0.1:9")), "one line");
        Assert.That(ArchiveDatabaseFailure.Is(new InvalidOperationException("x", new TimeoutException())), Is.True);
        Assert.That(ArchiveDatabaseFailure.Is(new DirectoryNotFoundException("Could not find a part of the path '/dev/null/archive'.")), Is.True);
    }

    [Test]
    public void Anything_else_is_a_bug()
    {
        Assert.That(ArchiveDatabaseFailure.Is(new InvalidOperationException("The LINQ expression could not be translated.")), Is.False);
        Assert.That(ArchiveDatabaseFailure.Is(new NullReferenceException()), Is.False);
    }
}
