using DiningMenus.Infrastructure.Archive.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiningMenus.Infrastructure.Archive.Configurations;

internal sealed class ArchivedItemConfiguration : IEntityTypeConfiguration<ArchivedItem>
{
    public void Configure(EntityTypeBuilder<ArchivedItem> item)
    {
        item.ToTable("menu_items");
        // A dish's servings in a date range, straight from the index (search, last/next served, retention's orphan check).
        item.HasIndex(i => new { i.NormalizedName, i.ServedOn });
    }
}
