using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiningMenus.Infrastructure.Archive.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialArchive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dishes",
                columns: table => new
                {
                    normalized_name = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dishes", x => x.normalized_name);
                });

            migrationBuilder.CreateTable(
                name: "menu_days",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    hall_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false),
                    content_hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    fetched_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_menu_days", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "menu_meals",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    day_id = table.Column<long>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    label = table.Column<string>(type: "TEXT", nullable: false),
                    start_time = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    end_time = table.Column<TimeOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_menu_meals", x => x.id);
                    table.ForeignKey(
                        name: "fk_menu_meals_menu_days_day_id",
                        column: x => x.day_id,
                        principalTable: "menu_days",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "menu_stations",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    meal_id = table.Column<long>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_menu_stations", x => x.id);
                    table.ForeignKey(
                        name: "fk_menu_stations_menu_meals_meal_id",
                        column: x => x.meal_id,
                        principalTable: "menu_meals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "menu_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    station_id = table.Column<long>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    normalized_name = table.Column<string>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: true),
                    tags = table.Column<string>(type: "TEXT", nullable: false),
                    allergens = table.Column<string>(type: "TEXT", nullable: false),
                    calories = table.Column<int>(type: "INTEGER", nullable: true),
                    featured = table.Column<bool>(type: "INTEGER", nullable: true),
                    tier = table.Column<int>(type: "INTEGER", nullable: true),
                    served_on = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_menu_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_menu_items_stations_station_id",
                        column: x => x.station_id,
                        principalTable: "menu_stations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_menu_days_date",
                table: "menu_days",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "ix_menu_days_hall_id_date_revision",
                table: "menu_days",
                columns: new[] { "hall_id", "date", "revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_menu_items_normalized_name_served_on",
                table: "menu_items",
                columns: new[] { "normalized_name", "served_on" });

            migrationBuilder.CreateIndex(
                name: "ix_menu_items_station_id",
                table: "menu_items",
                column: "station_id");

            migrationBuilder.CreateIndex(
                name: "ix_menu_meals_day_id",
                table: "menu_meals",
                column: "day_id");

            migrationBuilder.CreateIndex(
                name: "ix_menu_stations_meal_id",
                table: "menu_stations",
                column: "meal_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dishes");

            migrationBuilder.DropTable(
                name: "menu_items");

            migrationBuilder.DropTable(
                name: "menu_stations");

            migrationBuilder.DropTable(
                name: "menu_meals");

            migrationBuilder.DropTable(
                name: "menu_days");
        }
    }
}
