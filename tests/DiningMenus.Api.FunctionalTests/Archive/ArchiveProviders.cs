namespace DiningMenus.Api.FunctionalTests.Archive;

/// <summary>The archive's two providers, for fixtures that run once against each.</summary>
public static class ArchiveProviders
{
    public const string Sqlite = "sqlite";

    public const string Postgres = "postgres";
}
