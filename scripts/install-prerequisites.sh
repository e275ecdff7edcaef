#!/usr/bin/env bash
# Installs what Ontwikkelagenda needs to build, run and test, and only what is missing:
# the servers AppHost starts (PostgreSQL, RabbitMQ, Redis), Prometheus and its PostgreSQL
# exporter, Chromium for the browser tests, and the npm tools in tools/. Safe to run again.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

say() { echo "install-prerequisites: $*"; }

# pg_dump and pg_restore (./backup.sh, ./run.sh --restore) come with the server (postgresql-client-<major>).
has_postgres() {
    { compgen -G '/usr/lib/postgresql/*/bin/postgres' > /dev/null || command -v postgres > /dev/null; } \
        && compgen -G '/usr/lib/postgresql/*/bin/pg_dump' > /dev/null && compgen -G '/usr/lib/postgresql/*/bin/pg_restore' > /dev/null
}
has_rabbitmq() { [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || command -v rabbitmq-server > /dev/null; }
has_command() { command -v "$1" > /dev/null; }

missing=()
has_postgres || missing+=(postgresql)
has_rabbitmq || missing+=(rabbitmq-server)
has_command redis-server || missing+=(redis-server)
has_command chromium || missing+=(chromium)
has_command prometheus || missing+=(prometheus)
has_command prometheus-postgres-exporter || missing+=(prometheus-postgres-exporter)
has_command npm || missing+=(npm)
# The fault suite cuts the silos off from each other with nftables.
[ -x /usr/sbin/nft ] || has_command nft || missing+=(nftables)

if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        sudo=()
    elif has_command sudo; then
        sudo=(sudo)
    else
        echo "Missing Debian packages (${missing[*]}) and no way to install them: run this script as root or install sudo." >&2
        exit 1
    fi

    say "installing ${missing[*]}"
    # Without systemd the packages' postinst scripts would try to start default instances on the
    # standard ports; AppHost starts its own servers, so deny that (exit 101 = action forbidden).
    policy=/usr/sbin/policy-rc.d
    added_policy=false
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" > /dev/null
        "${sudo[@]}" chmod +x "$policy"
        added_policy=true
    fi
    remove_policy() { if [ "$added_policy" = true ]; then "${sudo[@]}" rm -f "$policy"; fi; }
    trap remove_policy EXIT

    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q "${missing[@]}"
    remove_policy
    trap - EXIT
else
    say "Debian packages present"
fi

if ! has_command dotnet; then
    echo "The .NET SDK is not installed: install the .NET 10 SDK so that dotnet is on PATH, then run this again." >&2
    exit 1
fi

if [ ! -d "$repo_root/tools/node_modules" ]; then
    say "installing npm tools in tools/"
    if [ -f "$repo_root/tools/package-lock.json" ]; then
        (cd "$repo_root/tools" && npm ci --no-audit --no-fund)
    else
        (cd "$repo_root/tools" && npm install --no-audit --no-fund)
    fi
fi

say "done"
