using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupportDesk.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReturnWindow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DeliveredAt",
                table: "Orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Returnable",
                table: "OrderLines",
                type: "INTEGER",
                nullable: false,
                // Lines imported before final sales existed were all returnable. Only existing rows take this
                // default: the model has none, since EF would not send a bool equal to a column default (false).
                defaultValue: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DeliveredAt",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "Returnable",
                table: "OrderLines");
        }
    }
}
