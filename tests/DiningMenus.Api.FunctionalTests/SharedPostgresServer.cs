namespace DiningMenus.Api.FunctionalTests;

/// <summary>
/// One PostgreSQL server for every archive and alert test of the run, started when the first one needs it (initdb takes a
/// few seconds) and stopped after the last; each test gets a database of its own on it.
/// </summary>
[SetUpFixture]
public sealed class SharedPostgresServer
{
    private static readonly Lock Gate = new();
    private static PostgresServerProcess? _server;

    public static PostgresServerProcess Instance
    {
        get
        {
            lock (Gate)
            {
                return _server ??= PostgresServerProcess.Start();
            }
        }
    }

    [OneTimeTearDown]
    public void StopServer()
    {
        lock (Gate)
        {
            _server?.Dispose();
            _server = null;
        }
    }
}
