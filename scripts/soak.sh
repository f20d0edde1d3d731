#!/usr/bin/env bash
# Runs the README's test command N times, each time with a second full run in parallel on the
# same machine (in a clone of this checkout, so the two runs share no build output, test
# results or data directories), and stops at the first failure of either.
#
#   scripts/soak.sh 10            # ten rounds; logs under soak-logs/<UTC time>/
#   SOAK_SECOND_DIR=/tmp/k2 scripts/soak.sh 3
#
# The clone is of the committed HEAD: commit first. Logs: round-<i>-main.log and
# round-<i>-second.log, plus summary.txt (one line per round, exit codes and seconds).
# Exit status: 0 when every round passed, 1 at the first failed round.
set -uo pipefail

rounds="${1:-10}"
if ! [[ "$rounds" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: $0 N   (N rounds, each two full test runs in parallel)" >&2
  exit 2
fi

root="$(cd "$(dirname "$0")/.." && pwd)"
pnpm="npx --yes pnpm@10.34.8"
logs="$root/soak-logs/$(date -u +%Y%m%dT%H%M%SZ)"
second="${SOAK_SECOND_DIR:-${TMPDIR:-/tmp}/korbill-soak-second}"
mkdir -p "$logs"

echo "soak: $rounds rounds; main $root, second $second; logs $logs"

# The second checkout: a fresh clone of HEAD (re-cloned when HEAD moved).
head="$(git -C "$root" rev-parse HEAD)"
if [ "$(git -C "$second" rev-parse HEAD 2>/dev/null)" != "$head" ]; then
  rm -rf "$second"
  git clone --quiet --no-hardlinks "$root" "$second" && git -C "$second" checkout --quiet "$head" ||
    { echo "soak: cannot clone $root to $second" >&2; exit 2; }
fi

# The README's command is `pnpm install && pnpm test`: install once per checkout, then test.
for dir in "$root" "$second"; do
  (cd "$dir" && $pnpm install >"$logs/install-$(basename "$dir").log" 2>&1) ||
    { echo "soak: install failed in $dir (see $logs)" >&2; exit 2; }
done

for i in $(seq 1 "$rounds"); do
  start=$(date +%s)
  (cd "$root" && $pnpm test >"$logs/round-$i-main.log" 2>&1) &
  main_pid=$!
  (cd "$second" && $pnpm test >"$logs/round-$i-second.log" 2>&1) &
  second_pid=$!
  wait "$main_pid"
  main_rc=$?
  wait "$second_pid"
  second_rc=$?
  line="round $i: main rc=$main_rc second rc=$second_rc $(($(date +%s) - start)) s"
  echo "$line" | tee -a "$logs/summary.txt"
  if [ "$main_rc" -ne 0 ] || [ "$second_rc" -ne 0 ]; then
    # Keep each run's vitest reports beside the logs.
    for dir in "$root" "$second"; do
      name="$( [ "$dir" = "$root" ] && echo main || echo second )"
      (cd "$dir" && find . -path ./node_modules -prune -o -name vitest.json -path '*test-results*' -print) |
        while read -r f; do
          mkdir -p "$logs/round-$i-$name-results/$(dirname "$f")"
          cp "$dir/$f" "$logs/round-$i-$name-results/$f"
        done
    done
    echo "soak: round $i failed; logs in $logs" >&2
    exit 1
  fi
done
echo "soak: all $rounds rounds passed; logs in $logs"
