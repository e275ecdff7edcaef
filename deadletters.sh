#!/usr/bin/env bash
# Lists, shows and replays the events that failed every retry (the silos' _error queue) of the system
# ./run.sh started; see ./deadletters.sh --help and deploy/README.md (alert ErrorQueueMessages).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# Quiet when the build succeeds, its errors when it does not.
if ! build=$(dotnet build tools/Ontwikkelagenda.DeadLetters --nologo -v quiet 2>&1); then
    echo "$build" >&2
    exit 1
fi
exec dotnet tools/Ontwikkelagenda.DeadLetters/bin/Debug/net10.0/Ontwikkelagenda.DeadLetters.dll "$@"
