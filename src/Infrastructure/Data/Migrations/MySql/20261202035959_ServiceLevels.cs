using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupportDesk.Infrastructure.Data.Migrations.MySql
{
    /// <inheritdoc />
    public partial class ServiceLevels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AssignBreachedAt",
                table: "Tickets",
                type: "datetime(6)",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AssignBy",
                table: "Tickets",
                type: "datetime(6)",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ResolveBreachedAt",
                table: "Tickets",
                type: "datetime(6)",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ResolveBy",
                table: "Tickets",
                type: "datetime(6)",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "SlaCheckAt",
                table: "Tickets",
                type: "datetime(6)",
                nullable: true);

            // Tickets from before service levels get the default targets of their priority, counted from their
            // opening; no breach is recorded for them (SlaCheckAt stays null), the read model computes it.
            migrationBuilder.Sql("UPDATE Tickets SET AssignBy = CASE Priority WHEN 'High' THEN DATE_ADD(CreatedAt, INTERVAL 15 MINUTE) WHEN 'Normal' THEN DATE_ADD(CreatedAt, INTERVAL 60 MINUTE) WHEN 'Low' THEN DATE_ADD(CreatedAt, INTERVAL 240 MINUTE) ELSE DATE_ADD(CreatedAt, INTERVAL 60 MINUTE) END, ResolveBy = CASE Priority WHEN 'High' THEN DATE_ADD(CreatedAt, INTERVAL 240 MINUTE) WHEN 'Normal' THEN DATE_ADD(CreatedAt, INTERVAL 1440 MINUTE) WHEN 'Low' THEN DATE_ADD(CreatedAt, INTERVAL 2880 MINUTE) ELSE DATE_ADD(CreatedAt, INTERVAL 1440 MINUTE) END");

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_SlaCheckAt",
                table: "Tickets",
                column: "SlaCheckAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tickets_SlaCheckAt",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "AssignBreachedAt",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "AssignBy",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "ResolveBreachedAt",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "ResolveBy",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "SlaCheckAt",
                table: "Tickets");
        }
    }
}
