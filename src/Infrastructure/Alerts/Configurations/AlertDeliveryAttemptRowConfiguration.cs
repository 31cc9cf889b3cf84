using DiningMenus.Infrastructure.Alerts.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiningMenus.Infrastructure.Alerts.Configurations;

internal sealed class AlertDeliveryAttemptRowConfiguration : IEntityTypeConfiguration<AlertDeliveryAttemptRow>
{
    public void Configure(EntityTypeBuilder<AlertDeliveryAttemptRow> attempt)
    {
        attempt.ToTable("alert_delivery_attempts");
        attempt.Property(a => a.DeliveryId).HasMaxLength(40);
        attempt.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
        attempt.Property(a => a.Error).HasMaxLength(500);
        attempt.HasIndex(a => new { a.DeliveryId, a.Number }).IsUnique();
    }
}
