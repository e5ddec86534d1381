#!/usr/bin/env bash
# Issue 8's bulk-run benchmark: plans and runs {alias}@contoso-old.com over a generated tenant on the demo tenant
# (10,000 mailboxes) and on the Microsoft 365 adapter against the fake server (300 mailboxes at the documented
# default pace, then a 429 storm), prints throughput, and exits 1 if any address did not land exactly once.
#   bash bench/bulk/run.sh
#   bash bench/bulk/run.sh --mailboxes 2000 --m365-mailboxes 100
#   bash bench/bulk/run.sh --help
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
exec dotnet run -c Release --project bench/BotAlias.BulkBenchmark -- "$@"
