#!/usr/bin/env bash
# Adds a migration for both providers: scripts/add-migration.sh <Name>
# Each provider has its own context (and so its own migrations and model snapshot).
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
dotnet tool restore >/dev/null
for provider in MySql Sqlite; do
  dotnet ef migrations add "$name" --project src/Infrastructure --context "${provider}ApplicationDbContext" \
    --output-dir "Data/Migrations/$provider" --namespace "SupportDesk.Infrastructure.Data.Migrations.$provider"
  # dotnet-ef 11 (the version .config/dotnet-tools.json pins) writes the snapshot under a folder named after the
  # namespace; put it back beside the migrations.
  stray="src/Infrastructure/SupportDesk/Infrastructure/Data/Migrations/$provider"
  if [[ -d $stray ]]; then mv "$stray"/*.cs "src/Infrastructure/Data/Migrations/$provider/"; fi
done
rm -rf src/Infrastructure/SupportDesk
