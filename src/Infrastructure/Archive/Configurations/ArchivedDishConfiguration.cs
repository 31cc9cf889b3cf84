using DiningMenus.Infrastructure.Archive.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiningMenus.Infrastructure.Archive.Configurations;

internal sealed class ArchivedDishConfiguration : IEntityTypeConfiguration<ArchivedDish>
{
    public void Configure(EntityTypeBuilder<ArchivedDish> dish)
    {
        dish.ToTable("dishes");
        dish.HasKey(d => d.NormalizedName);
    }
}
