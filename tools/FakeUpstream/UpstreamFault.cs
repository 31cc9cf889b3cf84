namespace DiningMenus.FakeUpstream;

/// <summary>How the fake upstream misbehaves, for fault tests and fault runs.</summary>
public enum UpstreamFault
{
    /// <summary>Serve the routes faithfully.</summary>
    None,

    /// <summary>HTTP 500 with an HTML error page.</summary>
    ServerError,

    /// <summary>Never answer (until the client gives up).</summary>
    Hang,

    /// <summary>Announce the whole body, send half of it, then drop the connection.</summary>
    Truncate,

    /// <summary>HTTP 200 with an HTML maintenance page where a feed or menu page belongs.</summary>
    Garbage,
}
