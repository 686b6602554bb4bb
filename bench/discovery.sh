#!/usr/bin/env bash
# Times what discovery adds to a full build, on the root bench/compare.sh generates.
#
#   bench/discovery.sh [--runs R] [--base JAR] N
#
# Generates (once) a root of N articles and 2N claims (org.factcheck.bench.GenerateCorpus, as
# compare.sh does), then R times (default 3) in turn: `build --no-cache`, `check` and `suggest`
# (which checks, then discovers). Prints one Markdown table: wall and CPU (user+sys) medians of each,
# discovery's own cost (suggest − check) and its ratio to the build. With --base JAR, also times a
# full build of that jar (e.g. the code before a change) for comparison.
#
# Environment: BENCH_DIR (default /dev/shm/factcheck-bench, else $TMPDIR), FACTCHECK (default
# bin/factcheck). Needs GNU time (/usr/bin/time); downloads nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=3
base=
while [ $# -gt 1 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --base) base="$2"; shift 2 ;;
    *) break ;;
  esac
done
n="${1:?usage: bench/discovery.sh [--runs R] [--base JAR] N}"
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
rm -f "$dir"/*.times
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "# $FACTCHECK on $dir/root ($n articles, $((2 * n)) claims), $runs run(s) each"
for r in $(seq 1 "$runs"); do
  run build $FACTCHECK build --root "$dir/root" --out "$dir/out" --date 2026-01-01 --no-cache
  run check $FACTCHECK check --root "$dir/root"
  run suggest $FACTCHECK suggest --root "$dir/root" --limit 20
  [ -z "$base" ] || run base java -jar "$base" build --root "$dir/root" --out "$dir/out-base" --date 2026-01-01 --no-cache
done
echo
echo "| command | wall, median | CPU (user+sys), median |"
echo "|--|--:|--:|"
for name in build check suggest ${base:+base}; do
  echo "| $name | $(cut -d' ' -f1 "$dir/$name.times" | median) s | $(cut -d' ' -f2 "$dir/$name.times" | median) s |"
done
awk -v b="$(cut -d' ' -f1 "$dir/build.times" | median)" -v c="$(cut -d' ' -f1 "$dir/check.times" | median)" \
    -v s="$(cut -d' ' -f1 "$dir/suggest.times" | median)" -v bc="$(cut -d' ' -f2 "$dir/build.times" | median)" \
    -v cc="$(cut -d' ' -f2 "$dir/check.times" | median)" -v sc="$(cut -d' ' -f2 "$dir/suggest.times" | median)" 'BEGIN {
  printf "\ndiscovery (suggest − check): %.2f s wall, %.0f %% of the build; %.2f s CPU, %.0f %% of the build'"'"'s CPU\n", s - c, 100 * (s - c) / b, sc - cc, 100 * (sc - cc) / bc
  printf "suggest / build: %.0f %% wall, %.0f %% CPU\n", 100 * s / b, 100 * sc / bc }'
for name in build check suggest ${base:+base}; do echo "raw $name (wall cpu): $(tr '\n' ';' < "$dir/$name.times")"; done
