#!/usr/bin/env bash
# Times `check` on one root without the cache, then with it after one edited claim, in one run.
#
#   bench/incremental-check.sh ROOT [RUNS]
#
# ROOT is copied (never edited in place) to $BENCH_DIR/incr-root. Prints, for RUNS runs each (default
# 3): `check --no-cache`; the first `check` with an empty cache (it hashes every input and fills the
# cache); `check` after the title of one claim was edited (its parse, anchors and decision are redone,
# everything else is reused, and the shards holding what changed are written again); `check` with
# nothing edited; and `--version` (JVM start alone). Each line: wall time (median, min–max), user+sys
# CPU (median). Diagnostics go to /dev/null; the runs differ only in the cache.
#
# Environment: BENCH_DIR (default /dev/shm/factcheck-bench, else $TMPDIR), FACTCHECK (default bin/factcheck).
set -euo pipefail
cd "$(dirname "$0")/.."
src="${1:?usage: bench/incremental-check.sh ROOT [RUNS]}"
runs="${2:-3}"
bench="${BENCH_DIR:-/dev/shm/factcheck-bench}"
[ -d "$(dirname "$bench")" ] || bench="${TMPDIR:-/tmp}/factcheck-bench"
factcheck="${FACTCHECK:-bin/factcheck}"
root="$bench/incr-root"
mkdir -p "$bench"
rm -rf "$root"
cp -r "$src" "$root"
rm -rf "$root/.factcheck"
# Copied files are brand new; a file is trusted by its stat only once it is 2 s old.
sleep 3
claims=("$root"/content/claims/*.yaml)
claim=$(basename "${claims[0]}")

# time_runs LABEL SETUP COMMAND...: SETUP (a shell snippet) runs before each timed run, untimed.
time_runs() {
  label="$1"; setup="$2"; shift 2
  walls=(); cpus=()
  for i in $(seq 1 "$runs"); do
    eval "$setup"
    /usr/bin/time -o "$bench/time.txt" -f "%e %U %S" "$@" >/dev/null 2>&1 || true
    read -r w u s < <(tail -1 "$bench/time.txt")
    walls+=("$w"); cpus+=("$(echo "$u + $s" | bc)")
  done
  med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  min=$(printf '%s\n' "${walls[@]}" | sort -n | head -1); max=$(printf '%s\n' "${walls[@]}" | sort -n | tail -1)
  printf '%-34s wall %6s s (%s–%s)   cpu %6s s\n' "$label" "$(med "${walls[@]}")" "$min" "$max" "$(med "${cpus[@]}")"
}

n=0
edit() { n=$((n + 1)); sed -i "s/^title: .*/title: Edited by the benchmark $n $$/" "$root/content/claims/$claim"; }
time_runs "JVM start (--version)" ":" "$factcheck" --version
time_runs "check --no-cache" ":" "$factcheck" check --no-cache --root "$root"
time_runs "check, empty cache" "rm -rf $root/.factcheck" "$factcheck" check --root "$root"
time_runs "check, one claim edited" "edit" "$factcheck" check --root "$root"
time_runs "check, nothing edited" ":" "$factcheck" check --root "$root"
du -sh "$root/.factcheck/cache" | awk '{print "cache size: " $1}'
