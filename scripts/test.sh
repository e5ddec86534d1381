#!/usr/bin/env bash
# Runs every test from a fresh clone: installs what the tests need (Debian chromium for the
# Playground UI test, the npm peers and validators), builds, runs all test projects, and ends
# with one line of totals.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
configuration=${CONFIGURATION:-Release}
results="$root/TestResults"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v chromium >/dev/null 2>&1; then
  echo "== installing Debian chromium (for the Agents Playground UI test)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

echo "== installing npm test tools (Agents Playground, manifest validator, Adaptive Cards parser)"
(cd tests/tools && npm ci --no-audit --no-fund --loglevel=error)

echo "== building ($configuration)"
dotnet build BotAlias.sln -c "$configuration" -nologo -v quiet

rm -rf "$results"
mkdir -p "$results"
status=0
echo "== running tests"
dotnet test BotAlias.sln -c "$configuration" --no-build -nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" 2>&1 \
  | tee "$results/console.log" || status=$?

# Each test assembly ends with one summary line; a crashed assembly has none and fails the run.
projects=$(ls -d tests/*.Tests tests/*Tests 2>/dev/null | sort -u | wc -l)
read -r passed failed skipped summaries < <(awk '
  /^(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+/ {
    gsub(/,/, ""); f += $4; p += $6; s += $8; n++ }
  END { print p + 0, f + 0, s + 0, n + 0 }' "$results/console.log")
if [ "$summaries" -ne "$projects" ]; then
  echo "expected results from $projects test projects, got $summaries" >&2
  status=1
fi
if [ "$passed" -eq 0 ]; then
  echo "no test ran" >&2
  status=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
