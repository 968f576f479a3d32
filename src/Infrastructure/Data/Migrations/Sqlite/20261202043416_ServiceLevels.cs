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
                name: "BreachedAt",
                table: "Tickets",
                type: "TEXT",
                nullable: true);

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
            // opening. A target they already missed counts as recorded at its due time, without a history line or an
            // event (the breach job would otherwise announce years of history at once); the targets still running
            // are left to the breach job (SlaCheckAt).
            migrationBuilder.Sql("UPDATE Tickets SET AssignBy = CASE Priority WHEN 'High' THEN datetime(CreatedAt, '+15 minutes') || substr(CreatedAt, 20) WHEN 'Normal' THEN datetime(CreatedAt, '+60 minutes') || substr(CreatedAt, 20) WHEN 'Low' THEN datetime(CreatedAt, '+240 minutes') || substr(CreatedAt, 20) ELSE datetime(CreatedAt, '+60 minutes') || substr(CreatedAt, 20) END, ResolveBy = CASE Priority WHEN 'High' THEN datetime(CreatedAt, '+240 minutes') || substr(CreatedAt, 20) WHEN 'Normal' THEN datetime(CreatedAt, '+1440 minutes') || substr(CreatedAt, 20) WHEN 'Low' THEN datetime(CreatedAt, '+2880 minutes') || substr(CreatedAt, 20) ELSE datetime(CreatedAt, '+1440 minutes') || substr(CreatedAt, 20) END");
            migrationBuilder.Sql("UPDATE Tickets SET AssignBreachedAt = AssignBy WHERE AssignedAt > AssignBy OR (AssignedAt IS NULL AND AssignBy < strftime('%Y-%m-%d %H:%M:%f', 'now'))");
            migrationBuilder.Sql("UPDATE Tickets SET ResolveBreachedAt = ResolveBy WHERE ResolvedAt > ResolveBy OR (ResolvedAt IS NULL AND ResolveBy < strftime('%Y-%m-%d %H:%M:%f', 'now'))");
            migrationBuilder.Sql("UPDATE Tickets SET BreachedAt = CASE WHEN AssignBreachedAt IS NULL THEN ResolveBreachedAt WHEN ResolveBreachedAt IS NULL THEN AssignBreachedAt WHEN AssignBreachedAt < ResolveBreachedAt THEN AssignBreachedAt ELSE ResolveBreachedAt END");
            migrationBuilder.Sql("UPDATE Tickets SET SlaCheckAt = CASE WHEN AssignedAt IS NULL AND AssignBreachedAt IS NULL THEN AssignBy WHEN ResolvedAt IS NULL AND ResolveBreachedAt IS NULL THEN ResolveBy END WHERE Status <> 'Resolved'");

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_BreachedAt",
                table: "Tickets",
                column: "BreachedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_SlaCheckAt",
                table: "Tickets",
                column: "SlaCheckAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tickets_BreachedAt",
                table: "Tickets");

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
                name: "BreachedAt",
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
