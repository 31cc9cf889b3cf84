using DiningMenus.Infrastructure.Archive.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiningMenus.Infrastructure.Archive.Configurations;

internal sealed class ArchivedDayConfiguration : IEntityTypeConfiguration<ArchivedDay>
{
    public void Configure(EntityTypeBuilder<ArchivedDay> day)
    {
        day.ToTable("menu_days");
        day.Property(d => d.HallId).HasMaxLength(64);
        day.Property(d => d.ContentHash).HasMaxLength(64).IsFixedLength();
        day.Property(d => d.Source).HasMaxLength(100);
        day.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        day.Property(d => d.Fidelity).HasConversion<string>().HasMaxLength(20);
        // One row per revision number: two instances archiving the same change at once cannot both add it.
        day.HasIndex(d => new { d.HallId, d.Date, d.Revision }).IsUnique();
        day.HasIndex(d => d.Date);
        day.HasMany(d => d.Meals).WithOne(m => m.Day).HasForeignKey(m => m.DayId).OnDelete(DeleteBehavior.Cascade);
    }
}
