using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupportDesk.Infrastructure.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AssignBy",
                table: "Tickets",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ResolveBreachedAt",
                table: "Tickets",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ResolveBy",
                table: "Tickets",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "SlaCheckAt",
                table: "Tickets",
                type: "TEXT",
                nullable: true);

            // Tickets from before service levels get the default targets of their priority, counted from their
            // opening; no breach is recorded for them (SlaCheckAt stays null), the read model computes it.
            migrationBuilder.Sql("UPDATE Tickets SET AssignBy = CASE Priority WHEN 'High' THEN datetime(CreatedAt, '+15 minutes') || substr(CreatedAt, 20) WHEN 'Normal' THEN datetime(CreatedAt, '+60 minutes') || substr(CreatedAt, 20) WHEN 'Low' THEN datetime(CreatedAt, '+240 minutes') || substr(CreatedAt, 20) ELSE datetime(CreatedAt, '+60 minutes') || substr(CreatedAt, 20) END, ResolveBy = CASE Priority WHEN 'High' THEN datetime(CreatedAt, '+240 minutes') || substr(CreatedAt, 20) WHEN 'Normal' THEN datetime(CreatedAt, '+1440 minutes') || substr(CreatedAt, 20) WHEN 'Low' THEN datetime(CreatedAt, '+2880 minutes') || substr(CreatedAt, 20) ELSE datetime(CreatedAt, '+1440 minutes') || substr(CreatedAt, 20) END");

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
