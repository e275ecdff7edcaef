#!/usr/bin/env bash
# Installs what is missing, builds, runs every test and prints one summary line:
# "Tests: N passed, N failed[, N skipped]". Exits non-zero when a test failed or the run broke.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

./scripts/install-prerequisites.sh
dotnet build Ontwikkelagenda.sln --nologo -v quiet

results=TestResults
rm -rf "$results"
status=0
# One test assembly at a time: integration tests start real servers per assembly, and 2 cores
# are all there is. For a solution `dotnet test` runs projects through MSBuild, so -m:1 is the
# switch that serialises them (RunConfiguration.MaxCpuCount only limits one vstest run).
dotnet test Ontwikkelagenda.sln --no-build -m:1 --logger trx --results-directory "$results" \
    -- RunConfiguration.MaxCpuCount=1 || status=$?

# Each trx file has one <Counters total=".." passed=".." failed=".." ...> element.
read -r passed failed skipped < <(
    cat "$results"/*.trx 2>/dev/null | tr ' ' '\n' | awk -F'"' '
        /^passed=/ { p += $2 }
        /^failed=/ { f += $2 }
        /^notExecuted=/ { s += $2 }
        END { print p + 0, f + 0, s + 0 }')
summary="Tests: $passed passed, $failed failed"
if [ "$skipped" -gt 0 ]; then
    summary="$summary, $skipped skipped"
fi
echo "$summary"

if [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ]; then
    exit 1
fi
exit "$status"
