#!/usr/bin/env bash
# Writes a backup of every database of the running system into one file (see ./backup.sh --help and deploy/README.md).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# The AppHost of the running system does the work; it knows the databases and the order they are dumped in.
apphost=AppHost/bin/Debug/net10.0/Ontwikkelagenda.AppHost.dll
if [ ! -f "$apphost" ]; then
    echo "Ontwikkelagenda is not built here ($apphost is missing): start the system with ./run.sh, then back it up while it runs." >&2
    exit 1
fi

exec dotnet "$apphost" backup "$@"
