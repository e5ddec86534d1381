#!/usr/bin/env bash
# The side-by-side load benchmark of issue 7: BotAlias (anonymous, demo tenant), the raw ASP.NET Core
# baseline (bench/RawBaseline) and, when botbuilder installs, the Bot Framework JS SDK echo bot, measured in
# one run on this machine through loopback only. Takes about 3 minutes; stops by itself.
#   bash bench/load/run.sh                 # everything
#   NO_PEER=1 bash bench/load/run.sh       # without the JS SDK peer
#   DURATION=5 WARMUP=2 bash bench/load/run.sh   # shorter phases (a warm-up under ~8 s measures the JIT still tiering up)
#   ONLY=botalias,invokes bash bench/load/run.sh  # some parts only (botalias, raw, peer, invokes), when profiling
#   INVOKE_RATE=0 bash bench/load/run.sh   # alias submits per second of the open-loop phase (default 200), 0 skips it
#   TIMELINE=1 bash bench/load/run.sh      # also latency second by second through each phase (replies for messages, answers for submits)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
work="${WORK:-$(mktemp -d -t botalias-load.XXXXXX)}"

build() {
  # Other builds may hold obj/ files for a moment; one retry is enough.
  dotnet build "$1" -c Release -nologo -v quiet -clp:ErrorsOnly || dotnet build "$1" -c Release -nologo -v quiet -clp:ErrorsOnly
}

echo "Building in Release ..."
build src/BotAlias/BotAlias.csproj
build bench/RawBaseline/RawBaseline.csproj
build bench/LoadGenerator/LoadGenerator.csproj

peer_args=()
if [[ -z "${NO_PEER:-}" ]] && command -v node >/dev/null && command -v npm >/dev/null; then
  if (cd bench/load/peer && npm install --no-audit --no-fund --loglevel=error >/dev/null 2>&1); then
    peer_args=(--peer bench/load/peer/echo-bot.mjs)
  else
    echo "botbuilder did not install from the npm registry: the JS SDK peer is skipped."
  fi
fi

exec dotnet bench/LoadGenerator/bin/Release/net10.0/LoadGenerator.dll \
  --botalias src/BotAlias/bin/Release/net10.0/BotAlias.dll \
  --raw bench/RawBaseline/bin/Release/net10.0/RawBaseline.dll \
  "${peer_args[@]}" \
  --work "$work" \
  --duration "${DURATION:-10}" --warmup "${WARMUP:-10}" \
  --connections "${CONNECTIONS:-50,200}" --invoke-connections "${INVOKE_CONNECTIONS:-10,50}" --drain-limit "${DRAIN_LIMIT:-60}" \
  --invoke-rate "${INVOKE_RATE:-200}" \
  --only "${ONLY:-botalias,raw,peer,invokes}" \
  --timeline "$([[ -n "${TIMELINE:-}" ]] && echo yes || echo no)"
