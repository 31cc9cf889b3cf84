using DiningMenus.Application.Common.Options;
using FluentValidation;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DiningMenus.Infrastructure.Archive;

internal sealed class ArchiveOptionsValidator : SettingsValidator<ArchiveOptions>
{
    public ArchiveOptionsValidator()
    {
        RuleFor(o => o.Provider).Must(ArchiveOptions.IsKnownProvider)
            .WithMessage($"'{{PropertyName}}' must be {ArchiveOptions.Sqlite} or {ArchiveOptions.Postgres} (got '{{PropertyValue}}').");
        // The value is not repeated in the message: a PostgreSQL connection string carries a password.
        RuleFor(o => o.ConnectionString).Required("the archive's database")
            .Must(IsConnectionString).When(o => ArchiveOptions.IsKnownProvider(o.Provider), ApplyConditionTo.CurrentValidator)
            .WithMessage(o => o.UsesPostgres
                ? $"'{KeyOf(nameof(o.ConnectionString))}' must be a PostgreSQL connection string such as Host=db.internal;Database=diningmenus;Username=diningmenus."
                : $"'{KeyOf(nameof(o.ConnectionString))}' must be a SQLite connection string such as Data Source=data/menus.db.");
        // A century: the cut-off date stays far from DateOnly's limits.
        RuleFor(o => o.RetentionDays).InclusiveBetween(1, 36_500);
        // A month at most: Task.Delay takes up to 49 days.
        RuleFor(o => o.CleanupIntervalMinutes).InclusiveBetween(1, 30 * 1440);
        RuleFor(o => o.CommandTimeoutSeconds).InclusiveBetween(1, 600);
    }

    private static bool IsConnectionString(ArchiveOptions options, string? text)
    {
        try
        {
            if (options.UsesPostgres)
            {
                return new NpgsqlConnectionStringBuilder(text).Host is { Length: > 0 };
            }

            return new SqliteConnectionStringBuilder(text).DataSource.Length > 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
