#!/usr/bin/env bash
# Runs BotAlias behind the Microsoft 365 Agents Playground, a local Teams-like client, so that a person can talk to
# the bot in a browser without a Microsoft 365 tenant. Needs the .NET 10 SDK, node 20+ (with npm) and curl; it
# installs the Playground (npm ci in tests/tools) and builds the bot itself. Ctrl-C stops everything.
#
# Settings (environment): BOT_PORT (3978), PLAYGROUND_PORT (56150).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bot_port="${BOT_PORT:-3978}"
playground_port="${PLAYGROUND_PORT:-56150}"
tools="$repo/tests/tools"
playground_cli="$tools/node_modules/@microsoft/m365agentsplayground/cli.js"
bot_dll="$repo/src/BotAlias/bin/Release/net10.0/BotAlias.dll"
data="$repo/data"
logs="$data/demo-logs"
bot_pid=""
playground_pid=""

say() { printf '==> %s\n' "$*"; }
fail() { printf 'demo: %s\n' "$*" >&2; exit 1; }

require() {
    command -v "$1" >/dev/null 2>&1 || fail "$1 is not installed; $2"
}

# Each server runs in its own session (setsid), so it can be stopped with all its children and so that Ctrl-C
# reaches only this script, which then stops them in order.
stop() {
    local name="$1" pid="$2"
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || { echo "   stopped $name"; return 0; }
        sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    echo "   killed $name (it did not stop within 5 s)"
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    if [[ -n "$bot_pid$playground_pid" ]]; then
        echo
        say "Stopping"
        stop "the Agents Playground" "$playground_pid"
        stop "the bot" "$bot_pid"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

show_log() {
    echo "--- last lines of $1 ---" >&2
    tail -n 30 "$1" >&2 || true
}

require dotnet "install the .NET 10 SDK (https://dotnet.microsoft.com/download)."
require node "install node 20 or later."
require npm "install npm (it comes with node)."
require curl "install curl (apt-get install -y curl)."
require setsid "install util-linux."

if curl -fsS --max-time 1 "http://127.0.0.1:$bot_port/healthz" >/dev/null 2>&1; then
    fail "something already answers on port $bot_port (another BotAlias?). Stop it, or run with BOT_PORT=<free port>."
fi

if [[ ! -f "$playground_cli" ]]; then
    say "Installing the Microsoft 365 Agents Playground (npm ci in tests/tools)"
    (cd "$tools" && npm ci --no-audit --no-fund)
fi

say "Building the bot (Release)"
dotnet build "$repo/src/BotAlias" -c Release --nologo -v quiet "-clp:ErrorsOnly;NoSummary"
[[ -f "$bot_dll" ]] || fail "the build did not produce $bot_dll."

mkdir -p "$logs"
: >"$logs/bot.log"
: >"$logs/playground.log"

say "Starting the bot on http://127.0.0.1:$bot_port (anonymous mode, demo tenant, data in $data)"
# Anonymous mode serves only a loopback channel such as the Playground; an empty MicrosoftAppId on the command
# line wins over any set in the environment.
(cd "$repo" && exec setsid dotnet "$bot_dll" \
    "--Urls=http://127.0.0.1:$bot_port" \
    "--BotAlias:DataFolder=$data" \
    "--BotAlias:Directory=Demo" \
    "--MicrosoftAppId=" \
    >>"$logs/bot.log" 2>&1) &
bot_pid=$!

for _ in $(seq 300); do
    curl -fsS --max-time 1 "http://127.0.0.1:$bot_port/healthz" 2>/dev/null | grep -qx ok && break
    kill -0 "$bot_pid" 2>/dev/null || { show_log "$logs/bot.log"; fail "the bot exited while starting."; }
    sleep 0.2
done
curl -fsS --max-time 1 "http://127.0.0.1:$bot_port/healthz" 2>/dev/null | grep -qx ok \
    || { show_log "$logs/bot.log"; fail "the bot did not answer /healthz within 60 s."; }

say "Starting the Agents Playground on port $playground_port"
# TEAMSAPPTESTER_BROWSER=none: the Playground would otherwise try to open a browser, and exit where there is none.
(cd "$repo" && TEAMSAPPTESTER_BROWSER=none M365_AGENTS_PLAYGROUND_LOGFILE="$logs/playground-logfile.log" \
    exec setsid node "$playground_cli" --disable-telemetry \
    -e "http://127.0.0.1:$bot_port/api/messages" -c msteams -p "$playground_port" \
    >>"$logs/playground.log" 2>&1) &
playground_pid=$!

# It silently takes another port when the one asked for is busy, and says which.
actual_port=""
for _ in $(seq 150); do
    actual_port="$(sed -n 's/.*Listening on \([0-9][0-9]*\).*/\1/p' "$logs/playground.log" | head -n 1)"
    [[ -n "$actual_port" ]] && curl -fsS --max-time 1 "http://localhost:$actual_port/_debug/ping" 2>/dev/null | grep -qx pong && break
    kill -0 "$playground_pid" 2>/dev/null || { show_log "$logs/playground.log"; fail "the Agents Playground exited while starting."; }
    sleep 0.2
done
[[ -n "$actual_port" ]] && curl -fsS --max-time 1 "http://localhost:$actual_port/_debug/ping" 2>/dev/null | grep -qx pong \
    || { show_log "$logs/playground.log"; fail "the Agents Playground did not come up within 30 s."; }
[[ "$actual_port" == "$playground_port" ]] \
    || echo "   note: port $playground_port was busy, so the Playground took port $actual_port."

cat <<INSTRUCTIONS

BotAlias is running behind the Microsoft 365 Agents Playground.

  1. Open  http://localhost:$actual_port  in a browser on this machine.
  2. You are Alex Wilber of the demo tenant; the bot greets you. Type  help  to see what it can do.

  Bot endpoint   http://127.0.0.1:$bot_port/api/messages  (anonymous mode: no Microsoft 365 needed)
  Data           $data  (the demo tenant's state is kept between runs)
  Logs           $logs/bot.log
                 $logs/playground.log

Press Ctrl-C to stop the bot and the Playground.
INSTRUCTIONS

# Returns when either server stops by itself; the EXIT trap then stops the other.
set +e
wait -n "$bot_pid" "$playground_pid"
set -e
if ! kill -0 "$bot_pid" 2>/dev/null; then
    show_log "$logs/bot.log"
    fail "the bot stopped unexpectedly."
fi
show_log "$logs/playground.log"
fail "the Agents Playground stopped unexpectedly."
