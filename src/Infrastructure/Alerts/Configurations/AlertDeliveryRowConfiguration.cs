using DiningMenus.Infrastructure.Alerts.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiningMenus.Infrastructure.Alerts.Configurations;

internal sealed class AlertDeliveryRowConfiguration : IEntityTypeConfiguration<AlertDeliveryRow>
{
    public void Configure(EntityTypeBuilder<AlertDeliveryRow> delivery)
    {
        delivery.ToTable("alert_deliveries");
        delivery.Property(d => d.Id).HasMaxLength(40);
        delivery.Property(d => d.HallId).HasMaxLength(64);
        delivery.Property(d => d.Meal).HasMaxLength(20);
        delivery.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        delivery.Property(d => d.LeaseOwner).HasMaxLength(64);
        // One delivery per occurrence, ever: re-reads, restarts and several instances all meet this constraint.
        delivery.HasIndex(d => new { d.AlertId, d.ServedOn, d.HallId, d.Meal }).IsUnique();
        // The dispatcher's look-up of due deliveries.
        delivery.HasIndex(d => new { d.Status, d.NextAttemptAt });
        delivery.HasMany(d => d.Attempts).WithOne().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
    }
}
