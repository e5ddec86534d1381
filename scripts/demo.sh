#!/usr/bin/env bash
# Runs BotAlias behind the Microsoft 365 Agents Playground, a local Teams-like client, so that a person can talk to
# the bot in a browser without a Microsoft 365 tenant. Needs the .NET 10 SDK, node 20+ (with npm) and curl; it
# installs the Playground (npm ci in tests/tools) and builds the bot itself. Ctrl-C stops everything.
#
# A Playground is signed in as one person and shows only that person's chats, so the demo starts one Playground per
# person, all on the same bot: by default Alex Wilber on port 56150 and his manager Megan Bowen on 56151, so that one
# can ask for an alias and the other approve it, in two browser tabs.
#
# Settings (environment):
#   BOT_PORT         the bot's port (3978)
#   PLAYGROUND_PORT  the first person's Playground (56150); the next people get the next ports
#   DEMO_USERS       who gets a Playground, in port order ("alex megan"); any of: alex megan adele isaiah patti lynne.
#                    DEMO_USERS=megan starts a single Playground signed in as Megan.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bot_port="${BOT_PORT:-3978}"
playground_port="${PLAYGROUND_PORT:-56150}"
read -r -a demo_users <<<"${DEMO_USERS:-alex megan}"
tools="$repo/tests/tools"
playground_cli="$tools/node_modules/@microsoft/m365agentsplayground/cli.js"
bot_dll="$repo/src/BotAlias/bin/Release/net10.0/BotAlias.dll"
data="$repo/data"
logs="$data/demo-logs"
# Each Playground runs in its own folder, which holds its generated .m365agentsplayground.yml (no secrets in it).
playgrounds="$data/demo-playgrounds"
bot_pid=""
playground_pids=()
playground_users=()
playground_ports=()

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
    if [[ -n "$bot_pid${playground_pids[*]}" ]]; then
        echo
        say "Stopping"
        local i
        for i in "${!playground_pids[@]}"; do
            stop "the Agents Playground of ${playground_users[$i]}" "${playground_pids[$i]}"
        done
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

# The people of the Playground's built-in world (its default config): channel id, name, UPN, Entra object id, given
# name, surname, email. The object ids are the demo tenant's, which is how the bot knows who is typing.
declare -A people=(
    [alex]="user-id-0|Alex Wilber|alexw@example.com|00000000-0000-0000-0000-0000000000020|Alex|Wilber|alexw@example.com"
    [megan]="user-id-1|Megan Bowen|meganb@example.com|00000000-0000-0000-0000-0000000000021|Megan|Bowen|meganb@example.com"
    [adele]="user-id-2|Adele Vance|adelev@example.com|00000000-0000-0000-0000-0000000000022|Adele|Vance|adelev@example.com"
    [isaiah]="user-id-3|Isaiah Langer|isaiah@example.com|00000000-0000-0000-0000-0000000000023|Isaiah|Langer|isaiahl@example.com"
    [patti]="user-id-4|Patti Fernandez|pattif@example.com|00000000-0000-0000-0000-0000000000024|Patti|Fernandez|pattif@example.com"
    [lynne]="user-id-5|Lynne Robbins|lynner@example.com|00000000-0000-0000-0000-0000000000025|Lynne|Robbins|lynner@example.com"
)
people_order=(alex megan adele isaiah patti lynne)

display_name() { local fields; IFS='|' read -r -a fields <<<"${people[$1]}"; printf '%s' "${fields[1]}"; }

# $1: a YAML key prefix for the first line ("  " or "  - "), $2: the person.
yaml_person() {
    local first="$1" rest="    " fields
    [[ "$first" == "  " ]] && rest="  "
    IFS='|' read -r -a fields <<<"${people[$2]}"
    printf '%sid: "%s"\n' "$first" "${fields[0]}"
    printf '%sname: "%s"\n' "$rest" "${fields[1]}"
    printf '%suserPrincipleName: "%s"\n' "$rest" "${fields[2]}"
    printf '%saadObjectId: "%s"\n' "$rest" "${fields[3]}"
    printf '%sgivenName: "%s"\n' "$rest" "${fields[4]}"
    printf '%ssurname: "%s"\n' "$rest" "${fields[5]}"
    printf '%semail: "%s"\n' "$rest" "${fields[6]}"
}

# The Playground's documented config file, .m365agentsplayground.yml in its working directory: its built-in world
# signed in as $1. Every conversation id is the person's own: the bot remembers chats by conversation id, and two
# Playgrounds on one bot must not share any.
write_playground_config() {
    local user="$1" file="$2" other
    {
        echo "# Generated by scripts/demo.sh: the Agents Playground's built-in world, signed in as $(display_name "$user")."
        echo 'version: "0.1.1"'
        echo 'tenantId: "00000000-0000-0000-0000-0000000000001"'
        echo 'bot:'
        echo '  id: "00000000-0000-0000-0000-00000000000011"'
        echo '  name: BotAlias'
        echo 'currentUser:'
        yaml_person "  " "$user"
        echo 'users:'
        for other in "${people_order[@]}"; do
            [[ "$other" == "$user" ]] || yaml_person "  - " "$other"
        done
        echo 'personalChat:'
        echo "  id: \"botalias-demo-$user\""
        echo 'groupChat:'
        echo "  id: \"botalias-demo-$user-group\""
        echo '  name: Group Chat'
        echo 'team:'
        echo "  id: \"botalias-demo-$user-team\""
        echo '  name: My Team'
        echo '  aadGroupId: "00000000-0000-0000-0000-000000000031"'
        echo '  channels:'
        echo "    - id: \"botalias-demo-$user-announcements\""
        echo '      name: Announcements'
    } >"$file"
}

[[ ${#demo_users[@]} -gt 0 ]] || fail "DEMO_USERS is empty; name at least one of: ${people_order[*]}."
declare -A seen_users=()
for user in "${demo_users[@]}"; do
    [[ -n "${people[$user]:-}" ]] || fail "DEMO_USERS: '$user' is not one of the Playground's people: ${people_order[*]}."
    [[ -z "${seen_users[$user]:-}" ]] || fail "DEMO_USERS names $user twice."
    seen_users[$user]=1
done

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

# $1: the person, $2: the port to ask for. Sets started_port to the port it really listens on.
start_playground() {
    local user="$1" port="$2" folder="$playgrounds/$1" log="$logs/playground-$1.log" pid actual=""
    mkdir -p "$folder"
    write_playground_config "$user" "$folder/.m365agentsplayground.yml"
    : >"$log"
    say "Starting the Agents Playground of $(display_name "$user") on port $port"
    # TEAMSAPPTESTER_BROWSER=none: the Playground would otherwise try to open a browser, and exit where there is none.
    # It reads .m365agentsplayground.yml from its working directory.
    (cd "$folder" && TEAMSAPPTESTER_BROWSER=none M365_AGENTS_PLAYGROUND_LOGFILE="$logs/playground-$user-logfile.log" \
        exec setsid node "$playground_cli" --disable-telemetry \
        -e "http://127.0.0.1:$bot_port/api/messages" -c msteams -p "$port" \
        >>"$log" 2>&1) &
    pid=$!
    playground_pids+=("$pid")
    playground_users+=("$(display_name "$user")")

    # It silently takes another port when the one asked for is busy, and says which.
    for _ in $(seq 150); do
        actual="$(sed -n 's/.*Listening on \([0-9][0-9]*\).*/\1/p' "$log" | head -n 1)"
        [[ -n "$actual" ]] && curl -fsS --max-time 1 "http://localhost:$actual/_debug/ping" 2>/dev/null | grep -qx pong && break
        kill -0 "$pid" 2>/dev/null || { show_log "$log"; fail "the Agents Playground of $(display_name "$user") exited while starting."; }
        sleep 0.2
    done
    [[ -n "$actual" ]] && curl -fsS --max-time 1 "http://localhost:$actual/_debug/ping" 2>/dev/null | grep -qx pong \
        || { show_log "$log"; fail "the Agents Playground of $(display_name "$user") did not come up within 30 s."; }
    [[ "$actual" == "$port" ]] || echo "   note: port $port was busy, so this Playground took port $actual."
    started_port="$actual"
}

port="$playground_port"
for user in "${demo_users[@]}"; do
    start_playground "$user" "$port"
    playground_ports+=("$started_port")
    port=$((port + 1))
done

# The bot can bring a card (an approval, say) only to a chat it knows. A browser tab does this on opening; doing it now
# means a manager whose tab is not open yet still gets the card, shown when the tab is opened. The first person is
# the one who asks, and meets the bot anyway.
for i in "${!demo_users[@]}"; do
    [[ "$i" -gt 0 ]] || continue
    curl -fsS --max-time 10 -X POST -H 'Content-Type: application/json' -d '{}' \
        "http://localhost:${playground_ports[$i]}/_debug/conversation/botalias-demo-${demo_users[$i]}/installation" >/dev/null \
        || fail "could not install the app for ${playground_users[$i]} in their Playground."
done

echo
echo "BotAlias is running behind the Microsoft 365 Agents Playground."
echo
for i in "${!demo_users[@]}"; do
    printf '  %-16s http://localhost:%s\n' "${playground_users[$i]}" "${playground_ports[$i]}"
done
cat <<INSTRUCTIONS

  Open each page in its own browser tab on this machine; each tab is that person's Teams.
  Type  help  to see what the bot can do.
INSTRUCTIONS
if [[ -n "${seen_users[alex]:-}" && -n "${seen_users[megan]:-}" ]]; then
    cat <<INSTRUCTIONS
  Alias request: as Alex, type  alias , fill in e.g. alex.w@example.com and press Send for approval.
  Megan (Alex's manager) gets the approval card in her tab; Approve it, and Alex's tab shows it done.
INSTRUCTIONS
fi
cat <<INSTRUCTIONS

  Bot endpoint   http://127.0.0.1:$bot_port/api/messages  (anonymous mode: no Microsoft 365 needed)
  Data           $data  (the demo tenant's state is kept between runs)
  Logs           $logs

Press Ctrl-C to stop the bot and the Playgrounds.
INSTRUCTIONS

# Returns when any server stops by itself; the EXIT trap then stops the others.
set +e
wait -n "$bot_pid" "${playground_pids[@]}"
set -e
if ! kill -0 "$bot_pid" 2>/dev/null; then
    show_log "$logs/bot.log"
    fail "the bot stopped unexpectedly."
fi
for i in "${!playground_pids[@]}"; do
    if ! kill -0 "${playground_pids[$i]}" 2>/dev/null; then
        show_log "$logs/playground-${demo_users[$i]}.log"
        fail "the Agents Playground of ${playground_users[$i]} stopped unexpectedly."
    fi
done
fail "a server stopped unexpectedly."
