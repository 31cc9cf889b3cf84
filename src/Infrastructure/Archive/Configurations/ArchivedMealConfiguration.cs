using DiningMenus.Infrastructure.Archive.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiningMenus.Infrastructure.Archive.Configurations;

internal sealed class ArchivedMealConfiguration : IEntityTypeConfiguration<ArchivedMeal>
{
    public void Configure(EntityTypeBuilder<ArchivedMeal> meal)
    {
        meal.ToTable("menu_meals");
        meal.Property(m => m.Period).HasConversion<string>().HasMaxLength(20);
        meal.HasMany(m => m.Stations).WithOne(s => s.Meal).HasForeignKey(s => s.MealId).OnDelete(DeleteBehavior.Cascade);
    }
}
