using DiningMenus.Infrastructure.Alerts.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiningMenus.Infrastructure.Alerts.Configurations;

internal sealed class AlertRowConfiguration : IEntityTypeConfiguration<AlertRow>
{
    public void Configure(EntityTypeBuilder<AlertRow> alert)
    {
        alert.ToTable("alerts");
        alert.Property(a => a.Id).HasMaxLength(40);
        alert.Property(a => a.Query).HasMaxLength(200);
        alert.Property(a => a.WebhookUrl).HasMaxLength(2048);
        alert.Property(a => a.ClientKey).HasMaxLength(64);
        alert.HasIndex(a => a.ClientKey);
        alert.HasMany(a => a.Deliveries).WithOne(d => d.Alert).HasForeignKey(d => d.AlertId).OnDelete(DeleteBehavior.Cascade);
    }
}
