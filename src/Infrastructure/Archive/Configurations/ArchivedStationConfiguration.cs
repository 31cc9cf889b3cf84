using DiningMenus.Infrastructure.Archive.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiningMenus.Infrastructure.Archive.Configurations;

internal sealed class ArchivedStationConfiguration : IEntityTypeConfiguration<ArchivedStation>
{
    public void Configure(EntityTypeBuilder<ArchivedStation> station)
    {
        station.ToTable("menu_stations");
        station.HasMany(s => s.Items).WithOne(i => i.Station).HasForeignKey(i => i.StationId).OnDelete(DeleteBehavior.Cascade);
    }
}
