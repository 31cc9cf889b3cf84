using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiningMenus.Infrastructure.Archive.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReadFidelity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Days archived before the fidelity was kept read as Full, DayMenu's default.
            migrationBuilder.AddColumn<string>(
                name: "fidelity",
                table: "menu_days",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Full");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "fidelity",
                table: "menu_days");
        }
    }
}
