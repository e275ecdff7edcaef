#!/usr/bin/env bash
# Installs what is missing, builds, and starts the whole system locally (see ./run.sh --help).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

./scripts/install-prerequisites.sh
dotnet build Ontwikkelagenda.sln --nologo -v quiet
exec dotnet AppHost/bin/Debug/net10.0/Ontwikkelagenda.AppHost.dll "$@"
