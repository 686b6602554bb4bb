#!/usr/bin/env bash
# Times what discovery adds to a full build, on the root bench/compare.sh generates.
#
#   bench/discovery.sh [--runs R] [--base JAR] [--no-suggest] N
#
# Generates (once) a root of N articles and 2N claims (org.factcheck.bench.GenerateCorpus, as
# compare.sh does), then R times (default 3) in turn: `build --no-cache`, `build --no-cache --desk FILE`
# (the build, then discovery in the same process on the texts and figures the build read), `check` and
# `suggest` (which checks, then discovers, reading every article itself). Prints one Markdown table:
# wall and CPU (user+sys) medians of each, discovery's cost in the build (desk − build) and on its own
# (suggest − check), each as a share of the build. With --base JAR, also times a full build of that
# jar (e.g. the code before a change) for comparison. --no-suggest leaves out check and suggest.
#
# Environment: BENCH_DIR (default /dev/shm/factcheck-bench, else $TMPDIR), FACTCHECK (default
# bin/factcheck). Needs GNU time (/usr/bin/time); downloads nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=3
base=
suggest=1
while [ $# -gt 1 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --base) base="$2"; shift 2 ;;
    --no-suggest) suggest=0; shift ;;
    *) break ;;
  esac
done
n="${1:?usage: bench/discovery.sh [--runs R] [--base JAR] [--no-suggest] N}"
FACTCHECK="${FACTCHECK:-bin/factcheck}"
if [ -z "${BENCH_DIR:-}" ]; then
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then BENCH_DIR=/dev/shm/factcheck-bench; else BENCH_DIR="${TMPDIR:-/tmp}/factcheck-bench"; fi
fi
[ -f target/factcheck.jar ] || mvn -B -q package -DskipTests
if [ ! -f target/test-classes/org/factcheck/bench/GenerateCorpus.class ] || [ ! -f target/test.cp ]; then
  mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp -Dmdep.includeScope=test
fi
dir="$BENCH_DIR/n$n"
if [ ! -f "$dir/generated" ]; then
  rm -rf "$dir"
  java -cp "target/test-classes:target/classes:$(cat target/test.cp)" org.factcheck.bench.GenerateCorpus \
    "$dir/root" "$n" "$((2 * n))" seeds >/dev/null
  touch "$dir/generated"
fi
# The launcher writes its class-data archive on its first build: do that on the repo content, untimed.
if [ "$FACTCHECK" = bin/factcheck ]; then
  bin/factcheck build --out "$dir/warm" >/dev/null 2>&1 || true
  rm -rf "$dir/warm"
fi
# run NAME CMD...: appends "wall cpu" of one run to $dir/NAME.times. The generated root has planted
# errors, so check exits 1; any other status (2, a crash) stops the script.
run() {
  local name="$1" status=0; shift
  /usr/bin/time -f '%e %U %S' -o "$dir/$name.time" "$@" >"$dir/$name.log" 2>&1 || status=$?
  if [ "$status" -gt 1 ]; then echo "failed ($status): $*" >&2; tail -5 "$dir/$name.log" >&2; exit 1; fi
  grep -v '^Command exited' "$dir/$name.time" > "$dir/$name.time.1" && mv "$dir/$name.time.1" "$dir/$name.time"
  awk '{printf "%.2f %.2f\n", $1, $2 + $3}' "$dir/$name.time" >>"$dir/$name.times"
}
median() { sort -g | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2; printf "%.2f", m}'; }
rm -f "$dir"/*.times "$dir/desk.notes"
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "# $FACTCHECK on $dir/root ($n articles, $((2 * n)) claims), $runs run(s) each"
for r in $(seq 1 "$runs"); do
  run build $FACTCHECK build --root "$dir/root" --out "$dir/out" --date 2026-01-01 --no-cache
  run desk $FACTCHECK build --root "$dir/root" --out "$dir/out" --date 2026-01-01 --no-cache --desk "$dir/desk.html"
  grep -h 'desk: ' "$dir/desk.log" >>"$dir/desk.notes" || true
  if [ "$suggest" -eq 1 ]; then
    run check $FACTCHECK check --root "$dir/root"
    run suggest $FACTCHECK suggest --root "$dir/root" --limit 20
  fi
  [ -z "$base" ] || run base java -jar "$base" build --root "$dir/root" --out "$dir/out-base" --date 2026-01-01 --no-cache
done
echo
echo "| command | wall, median | CPU (user+sys), median |"
echo "|--|--:|--:|"
for name in build desk check suggest ${base:+base}; do
  [ -f "$dir/$name.times" ] || continue
  echo "| $name | $(cut -d' ' -f1 "$dir/$name.times" | median) s | $(cut -d' ' -f2 "$dir/$name.times" | median) s |"
done
# m NAME FIELD: the median of one column (1 wall, 2 CPU) of NAME's runs, 0 when NAME did not run.
m() { if [ -f "$dir/$1.times" ]; then cut -d' ' -f"$2" "$dir/$1.times" | median; else echo 0; fi; }
awk -v b="$(m build 1)" -v bc="$(m build 2)" -v d="$(m desk 1)" -v dc="$(m desk 2)" -v c="$(m check 1)" -v cc="$(m check 2)" \
    -v s="$(m suggest 1)" -v sc="$(m suggest 2)" -v suggest="$suggest" 'BEGIN {
  printf "\ndiscovery in the build (desk − build): %.2f s wall, %.0f %% of the build; %.2f s CPU, %.0f %% of the build'"'"'s CPU\n", d - b, 100 * (d - b) / b, dc - bc, 100 * (dc - bc) / bc
  if (suggest) {
    printf "discovery on its own (suggest − check): %.2f s wall, %.0f %% of the build; %.2f s CPU, %.0f %% of the build'"'"'s CPU\n", s - c, 100 * (s - c) / b, sc - cc, 100 * (sc - cc) / bc
    printf "suggest / build: %.0f %% wall, %.0f %% CPU\n", 100 * s / b, 100 * sc / bc
  } }'
[ ! -f "$dir/desk.notes" ] || sed 's/^/desk run: /' "$dir/desk.notes"
for name in build desk check suggest ${base:+base}; do
  if [ -f "$dir/$name.times" ]; then echo "raw $name (wall cpu): $(tr '\n' ';' < "$dir/$name.times")"; fi
done
