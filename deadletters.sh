#!/usr/bin/env bash
# Lists, shows and replays the events that failed every retry (the silos' _error queue) of the system
# ./run.sh started; see ./deadletters.sh --help and deploy/README.md (alert ErrorQueueMessages).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

dotnet build tools/Ontwikkelagenda.DeadLetters --nologo -v quiet >/dev/null
exec dotnet tools/Ontwikkelagenda.DeadLetters/bin/Debug/net10.0/Ontwikkelagenda.DeadLetters.dll "$@"
