#!/usr/bin/env bash
# Installs what is missing, builds Release, and measures this machine as issue 12 asks: the raw broker against the
# whole pipeline, melding to overview, the overview under 50/200/1,000 viewers, start and memory. Writes
# docs/performance.md and docs/performance.json (see ./bench.sh --help). Not part of ./test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

./scripts/install-prerequisites.sh
# Release: the figures are those of optimised code. The AppHost's services are built with it.
dotnet build performance/Ontwikkelagenda.Bench -c Release --nologo -v quiet
exec dotnet performance/Ontwikkelagenda.Bench/bin/Release/net10.0/Ontwikkelagenda.Bench.dll "$@"
