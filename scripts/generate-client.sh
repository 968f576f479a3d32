#!/usr/bin/env bash
# Regenerates the .NET client (clients/SupportDesk.Client/Generated) from docs/openapi.json with Kiota, the version
# pinned in .config/dotnet-tools.json. Run it after refreshing docs/openapi.json (UPDATE_OPENAPI=1); the client suite
# (tests/WebApi.FunctionalTests/Client) fails while the committed client is stale.
#   scripts/generate-client.sh [OUTPUT_DIR]   (default: clients/SupportDesk.Client/Generated)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-clients/SupportDesk.Client/Generated}
dotnet tool restore >/dev/null
DOTNET_CLI_TELEMETRY_OPTOUT=1 KIOTA_TUTORIAL_ENABLED=false KIOTA_OFFLINE_ENABLED=true \
  dotnet kiota generate --language CSharp --openapi docs/openapi.json --output "$out" \
  --namespace-name SupportDesk.Client --class-name SupportDeskApiClient \
  --exclude-backward-compatible --clean-output --log-level Error >/dev/null
# The lock file records the absolute path of the description; keep the one in the repository machine-independent.
sed -i 's#"descriptionLocation": ".*"#"descriptionLocation": "../../../docs/openapi.json"#' "$out/kiota-lock.json"
