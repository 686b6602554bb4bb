#!/usr/bin/env bash
# Times factcheck and Hugo side by side on the same generated articles, in one run.
#
#   bench/compare.sh [--runs R] [--inc-runs R] [--edits E] [--no-incremental] [--no-serve] [--keep] N [N ...]
#
# For each N: generates a root of N articles (about 600 words, figures of every kind) and 2N claims
# (org.factcheck.bench.GenerateCorpus) and the same articles as a Hugo site with a minimal template
# set, then builds each R times (default 3; alternating which goes first) into fresh output
# directories, and prints one Markdown table row: wall time median (min–max), ratio, CPU time, peak RSS
# (largest of the runs) and HTML pages written per second. The factcheck builds are full builds:
# they get --no-cache whenever `build --help` offers it.
# Then, unless --no-incremental, bench/incremental.sh times rebuilds from a built site and a warm
# cache (nothing changed, one claim edited, one article added, one template changed; --inc-runs
# runs each, default 3) and checks each against a full build; and unless --no-serve,
# bench/serve-latency.sh times serve from a saved claim to the served page (--edits, default 5).
# Their medians join the row; a second table after the first gives their spread, peak RSS, and
# whether the incremental site was byte-identical to a full build.
#
# Environment:
#   BENCH_DIR   where roots and outputs go (default: /dev/shm/factcheck-bench, else $TMPDIR)
#   FACTCHECK   the factcheck command (default: bin/factcheck, the launcher)
#   HUGO        the hugo command (default: hugo)
#
# Outputs are never deleted right before a build (deleting a large tree slows the next build on
# these file systems): leftovers are removed once, before the first build, and at the end.
# Needs hugo (Debian: apt-get install hugo) and GNU time (/usr/bin/time); downloads nothing.
set -euo pipefail
trap 'echo "compare.sh: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/.."

runs=3
inc_runs=3
edits=5
incremental=1
serve=1
keep=0
sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --inc-runs) inc_runs="$2"; shift 2 ;;
    --edits) edits="$2"; shift 2 ;;
    --no-incremental) incremental=0; shift ;;
    --no-serve) serve=0; shift ;;
    --keep) keep=1; shift ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || { echo "usage: bench/compare.sh [--runs R] [--inc-runs R] [--edits E] [--no-incremental] [--no-serve] [--keep] N [N ...]" >&2; exit 2; }

HUGO="${HUGO:-hugo}"
if ! command -v "$HUGO" >/dev/null 2>&1; then
  echo "hugo is missing: install it first (Debian/Ubuntu: apt-get install hugo; the README's table used Debian's 0.111)." >&2
  exit 2
fi
if [ ! -x /usr/bin/time ]; then
  echo "GNU time (/usr/bin/time) is missing: apt-get install time" >&2
  exit 2
fi
FACTCHECK="${FACTCHECK:-bin/factcheck}"
if [ ! -f target/factcheck.jar ]; then
  echo "== building target/factcheck.jar (mvn -B -q package -DskipTests)"
  mvn -B -q package -DskipTests
fi
if [ ! -f target/test-classes/org/factcheck/bench/GenerateCorpus.class ] || [ ! -f target/test.cp ]; then
  echo "== compiling the generator (mvn test-compile)"
  mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp -Dmdep.includeScope=test
fi

# The launcher writes its class-data archive on its first build: do that on the repo content, untimed.
if [ "$FACTCHECK" = bin/factcheck ]; then
  bin/factcheck build --out "${TMPDIR:-/tmp}/factcheck-bench-warm" >/dev/null 2>&1 || true
  rm -rf "${TMPDIR:-/tmp}/factcheck-bench-warm"
fi

# Full builds must not use a cache: --no-cache when this build has one (before incremental builds, every build is full).
no_cache=()
if $FACTCHECK build --help 2>&1 | grep -q -- '--no-cache'; then no_cache=(--no-cache); fi

if [ -z "${BENCH_DIR:-}" ]; then
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then BENCH_DIR=/dev/shm/factcheck-bench; else BENCH_DIR="${TMPDIR:-/tmp}/factcheck-bench"; fi
fi
mkdir -p "$BENCH_DIR"

# g(x): x rounded down to a whole number with thousands separated by commas, whatever the locale.
group='function g(x,   s, r) { s = sprintf("%d", x); r = ""; while (length(s) > 3) { r = "," substr(s, length(s) - 2) r; s = substr(s, 1, length(s) - 3) } return s r }'

# median, min and max of the numbers on stdin: "median min max"
stats() { sort -g | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2; printf "%.2f %.2f %.2f\n", m, v[1], v[NR]}'; }

# time_build LOG CMD...: runs CMD under GNU time; LOG gets "wall_s maxrss_kB user_s sys_s" as its last line.
time_build() {
  local log="$1"; shift
  if ! /usr/bin/time -f '%e %M %U %S' -o "$log.time" "$@" >"$log" 2>&1; then
    echo "build failed: $*" >&2; tail -20 "$log" >&2; exit 1
  fi
}

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), $("$HUGO" version | cut -d' ' -f1-2)"
echo "# factcheck: $FACTCHECK${no_cache[*]:+ (full builds: ${no_cache[*]})}; outputs under $BENCH_DIR; $runs run(s) each"
[ "$incremental" -eq 0 ] || echo "# incremental builds: $inc_runs run(s) of each edit (bench/incremental.sh)"
[ "$serve" -eq 0 ] || echo "# serve: $edits edit(s) (bench/serve-latency.sh)"
echo
head="| articles / claims | factcheck build, median (min–max) | Hugo, median (min–max) | ratio | CPU (user+sys) factcheck / Hugo | peak RSS factcheck / Hugo | pages/s factcheck / Hugo |"
rule="|--:|--:|--:|--:|--:|--:|--:|"
if [ "$incremental" -eq 1 ]; then head="$head factcheck after one claim edited / article added / template changed, median |"; rule="$rule--:|"; fi
if [ "$serve" -eq 1 ]; then head="$head serve, save → page, median |"; rule="$rule--:|"; fi
echo "$head"
echo "$rule"
details="$BENCH_DIR/details.md"
: >"$details"

for n in "${sizes[@]}"; do
  claims=$((2 * n))
  dir="$BENCH_DIR/n$n"
  if [ ! -f "$dir/generated" ]; then
    rm -rf "$dir"
    java -cp "target/test-classes:target/classes:$(cat target/test.cp)" org.factcheck.bench.GenerateCorpus \
      "$dir/root" "$n" "$claims" seeds --hugo "$dir/hugo" >/dev/null
    touch "$dir/generated"
  fi
  rm -rf "$dir"/out-* "$dir"/log-*
  sync
  sleep 2
  for r in $(seq 1 "$runs"); do
    if [ $((r % 2)) -eq 1 ]; then order="factcheck hugo"; else order="hugo factcheck"; fi
    for tool in $order; do
      if [ "$tool" = factcheck ]; then
        time_build "$dir/log-factcheck-$r" $FACTCHECK build --root "$dir/root" --out "$dir/out-factcheck-$r" --date 2026-01-01 ${no_cache[@]+"${no_cache[@]}"}
      else
        time_build "$dir/log-hugo-$r" "$HUGO" --quiet -s "$dir/hugo" -d "$dir/out-hugo-$r"
      fi
    done
  done
  fc_pages=$(find "$dir/out-factcheck-1" -name '*.html' | wc -l)
  hugo_pages=$(find "$dir/out-hugo-1" -name '*.html' | wc -l)
  read -r fc_med fc_min fc_max < <(for r in $(seq 1 "$runs"); do cut -d' ' -f1 "$dir/log-factcheck-$r.time"; done | stats)
  read -r hu_med hu_min hu_max < <(for r in $(seq 1 "$runs"); do cut -d' ' -f1 "$dir/log-hugo-$r.time"; done | stats)
  fc_cpu=$(for r in $(seq 1 "$runs"); do awk '{print $3 + $4}' "$dir/log-factcheck-$r.time"; done | stats | cut -d' ' -f1)
  hu_cpu=$(for r in $(seq 1 "$runs"); do awk '{print $3 + $4}' "$dir/log-hugo-$r.time"; done | stats | cut -d' ' -f1)
  fc_rss=$(for r in $(seq 1 "$runs"); do cut -d' ' -f2 "$dir/log-factcheck-$r.time"; done | sort -n | tail -1)
  hu_rss=$(for r in $(seq 1 "$runs"); do cut -d' ' -f2 "$dir/log-hugo-$r.time"; done | sort -n | tail -1)
  if [ "${#no_cache[@]}" -eq 0 ] && [ -d "$dir/root/.factcheck" ]; then
    echo "# warning: $dir/root/.factcheck exists but build offers no --no-cache: the full builds may have used a cache" >&2
  fi
  row=$(awk -v n="$n" -v c="$claims" -v fm="$fc_med" -v f0="$fc_min" -v f1="$fc_max" -v hm="$hu_med" -v h0="$hu_min" -v h1="$hu_max" \
      -v fr="$fc_rss" -v hr="$hu_rss" -v fcpu="$fc_cpu" -v hcpu="$hu_cpu" -v fp="$fc_pages" -v hp="$hugo_pages" -v runs="$runs" "$group"' BEGIN {
    printf "| %s / %s%s | %.2f s (%.2f–%.2f) | %.2f s (%.2f–%.2f) | %.2f× | %.1f s / %.1f s | %s MB / %s MB | %s (%s pages) / %s (%s pages) |",
      g(n), g(c), runs == 1 ? " (one run each)" : "", fm, f0, f1, hm, h0, h1, fm / hm, fcpu, hcpu, g(fr / 1024), g(hr / 1024),
      g(fp / fm), g(fp), g(hp / hm), g(hp) }')
  detail=$(awk -v n="$n" -v c="$claims" "$group"' BEGIN { printf "| %s / %s |", g(n), g(c) }')
  if [ "$incremental" -eq 1 ]; then
    # Starts from a site it builds itself; the first full build above is the reference for "nothing changed".
    bench/incremental.sh --runs "$inc_runs" --reference "$dir/out-factcheck-1" "$dir/root" "$dir/inc" >"$dir/log-incremental" 2>&1 \
      || { echo "bench/incremental.sh failed:" >&2; tail -20 "$dir/log-incremental" >&2; exit 1; }
    cell() { awk -F'\t' -v s="$1" '$1 == s { printf "%.2f s (%.2f–%.2f)%s", $2, $3, $4, $8 == "" ? "" : ", " $8 " files" }' "$dir/inc/results.tsv"; }
    med() { awk -F'\t' -v s="$1" '$1 == s { printf "%.2f", $2 }' "$dir/inc/results.tsv"; }
    row="$row $(med claim) / $(med article) / $(med template) s |"
    inc_rss=$(awk -F'\t' "$group"' $5 > m { m = $5 } END { printf "%s MB", g(m) }' "$dir/inc/results.tsv")
    identity=$(awk -F'\t' '$7 != "-" { printf "%s%s %s", sep, $1, $7; sep = ", " }' "$dir/inc/results.tsv")
    detail="$detail $(cell jvm) | $(cell cold) | $(cell none) | $(cell claim) | $(cell article) | $(cell template) | $inc_rss | $identity |"
  fi
  if [ "$serve" -eq 1 ]; then
    sync
    sleep 2
    bench/serve-latency.sh --edits "$edits" "$dir/root" >"$dir/log-serve" 2>&1 \
      || { echo "bench/serve-latency.sh failed:" >&2; tail -20 "$dir/log-serve" >&2; exit 1; }
    read -r _ start page_med page_min page_max version_med rebuild_med _ < <(grep '^RESULT ' "$dir/log-serve" | tail -1)
    row="$row $page_med ms |"
    detail="$detail $start s | $page_med ms ($page_min–$page_max) | $version_med ms | $rebuild_med ms |"
  fi
  echo "$row"
  echo "$detail" >>"$details"
  if [ "$keep" -eq 0 ]; then rm -rf "$dir"/out-*; fi
done
if [ -s "$details" ]; then
  echo
  head="| articles / claims |"
  rule="|--:|"
  if [ "$incremental" -eq 1 ]; then
    head="$head JVM start (factcheck --version) | first build with a cache | nothing changed | one claim edited | one article added | one template changed | peak RSS, incremental | same as a full build |"
    rule="$rule--:|--:|--:|--:|--:|--:|--:|--|"
  fi
  if [ "$serve" -eq 1 ]; then
    head="$head serve: start (JVM + first build) | serve: save → page shows it, median (min–max) | save → version endpoint changes | serve's own rebuild |"
    rule="$rule--:|--:|--:|--:|"
  fi
  if [ "$incremental" -eq 1 ] || [ "$serve" -eq 1 ]; then
    echo "$head"
    echo "$rule"
    cat "$details"
  fi
fi
rm -f "$details"
echo
echo "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
