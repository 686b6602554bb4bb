#!/usr/bin/env bash
# Times factcheck's rebuilds after small edits, from a built site and a warm cache.
#
#   bench/incremental.sh [--runs R] [--reference DIR] [--claim ID] [--keep] ROOT WORK
#
# ROOT is a factcheck root (bench/compare.sh passes the one it generated); WORK is an empty or
# earlier work directory for the site, the cache, logs and reference builds. Steps, each timed R
# times (default 3) under GNU time (wall and peak RSS):
#   jvm       `factcheck --version`: the JVM's start and exit, the floor under any build
#   cold      the first build with a cache (fills it; one run)
#   none      a rebuild with nothing changed
#   claim     one claim edited: its title gets " (bench edit r)" appended, r = 1..R
#   article   one article added: content/articles/bench-added-r.yaml with a copy of a capture as
#             seeds/bench-added/bench-added-r.txt, cited by no claim, r = 1..R
#   template  one template changed: "<#-- bench edit r -->" appended to ROOT/templates/claim.ftlh
#             (the built-in one copied there first when the root has none; the comment prints nothing)
# Every run applies a fresh edit different from the one before (never an edit and its undo), so
# each timed build sees exactly one changed input against the cache; nothing is rebuilt untimed
# between runs. After each step the incremental site is compared with a full build of the same
# content (--no-cache, into its own directory): diff -r prints IDENTICAL or DIFFERS. For "none"
# the reference is --reference DIR (a full build of the unchanged root) when given.
# At the end (or on failure) ROOT is put back as it was and WORK's builds are removed (--keep keeps them).
#
# The cache goes to WORK/cache when `build --help` offers --cache (else the build's default,
# ROOT/.factcheck/cache, is emptied first), and full builds get --no-cache
# when it offers that; a build without either (before incremental builds existed) is always full,
# so every step then times a full build. Results: a Markdown table on stdout and WORK/results.tsv
# (step, median s, min s, max s, peak RSS MB, runs, IDENTICAL|DIFFERS|-, files rewritten: the
# median of what `build` reports as "rewrote N files", or - when it reports nothing).
#
# Environment: FACTCHECK (default bin/factcheck), BENCH_DATE (the --date of every build, default 2026-01-01).
set -euo pipefail
trap 'echo "incremental.sh: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
here="$PWD"
cd "$(dirname "$0")/.."

runs=3
reference=
claim=
keep=0
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --reference) reference="$2"; shift 2 ;;
    --claim) claim="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) args+=("$1"); shift ;;
  esac
done
[ ${#args[@]} -eq 2 ] || { echo "usage: bench/incremental.sh [--runs R] [--reference DIR] [--claim ID] [--keep] ROOT WORK" >&2; exit 2; }
absolute() { case "$1" in /*) echo "$1" ;; *) echo "$here/$1" ;; esac; }
root="$(absolute "${args[0]}")"
work="$(absolute "${args[1]}")"
[ -z "$reference" ] || reference="$(absolute "$reference")"
[ -d "$root/content/claims" ] || { echo "incremental.sh: $root has no content/claims/" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is missing: apt-get install time" >&2; exit 2; }
FACTCHECK="${FACTCHECK:-bin/factcheck}"
date="${BENCH_DATE:-2026-01-01}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"

help="$($FACTCHECK build --help 2>&1 || true)"
no_cache=()
cache=()
if grep -q -- '--no-cache' <<<"$help"; then no_cache=(--no-cache); fi
if grep -q -- '--cache[= ]' <<<"$help"; then cache=(--cache "$work/cache"); fi

# The claim to edit: --claim, else the middle one of the sorted claim files.
if [ -z "$claim" ]; then
  count=$(ls -f "$root/content/claims" | grep -c '\.yaml$')
  claim=$(ls "$root/content/claims" | grep '\.yaml$' | sed -n "$(((count + 1) / 2))p")
  claim="${claim%.yaml}"
fi
claim_file="$root/content/claims/$claim.yaml"
[ -f "$claim_file" ] || { echo "incremental.sh: no claim file $claim_file" >&2; exit 2; }
grep -q '^title: ' "$claim_file" || { echo "incremental.sh: $claim_file has no top-level title: line to edit" >&2; exit 2; }
# (awk NR == 1, not head -1: head would close the pipe early and, under pipefail, fail the script on a large root)
capture=$(find "$root/seeds" -type f -name '*.txt' | sort | awk 'NR == 1')
[ -n "$capture" ] || { echo "incremental.sh: no capture (*.txt) under $root/seeds to copy" >&2; exit 2; }
first_article=$(ls "$root/content/articles" | grep '\.yaml$' | awk 'NR == 1')
outlet=
if [ -n "$first_article" ]; then outlet=$(sed -n 's/^outlet: "\{0,1\}\([^"]*\)"\{0,1\}[[:space:]]*$/\1/p' "$root/content/articles/$first_article" | awk 'NR == 1'); fi
[ -n "$outlet" ] || outlet="Bench outlet"

# Undo every edit, whatever happens: the root is left as it was found.
cp "$claim_file" "$work/claim.orig"
created_templates=0
created_claim_template=0
[ -d "$root/templates" ] || created_templates=1
if [ ! -f "$root/templates/claim.ftlh" ]; then
  created_claim_template=1
  mkdir -p "$root/templates"
  cp templates/claim.ftlh "$root/templates/claim.ftlh"
fi
cp "$root/templates/claim.ftlh" "$work/claim.ftlh.orig"
created_added_seeds=0
[ -d "$root/seeds/bench-added" ] || created_added_seeds=1
restore() {
  cp "$work/claim.orig" "$claim_file"
  rm -f "$root"/content/articles/bench-added-*.yaml
  if [ "$created_added_seeds" -eq 1 ]; then rm -rf "$root/seeds/bench-added"; fi
  if [ "$created_claim_template" -eq 1 ]; then rm -f "$root/templates/claim.ftlh"; else cp "$work/claim.ftlh.orig" "$root/templates/claim.ftlh"; fi
  if [ "$created_templates" -eq 1 ]; then rmdir "$root/templates" 2>/dev/null || true; fi
  if [ "$keep" -eq 0 ]; then rm -rf "$work"/site "$work"/full-* "$work"/cache; fi
}
trap restore EXIT

# timed LOG CMD...: runs CMD under GNU time; LOG.time gets "wall_s maxrss_kB".
timed() {
  local log="$1"; shift
  if ! /usr/bin/time -f '%e %M' -o "$log.time" "$@" >"$log" 2>&1; then
    echo "build failed: $*" >&2; tail -20 "$log" >&2; exit 1
  fi
}
incremental() { timed "$1" $FACTCHECK build --root "$root" --out "$work/site" --date "$date" ${cache[@]+"${cache[@]}"}; }
full() { timed "$1" $FACTCHECK build --root "$root" --out "$2" --date "$date" ${no_cache[@]+"${no_cache[@]}"}; }

# same DIR: IDENTICAL when the incremental site equals DIR byte for byte, else DIFFERS (the list goes to a log).
same() {
  local log="$work/diff-$(basename "$1").log"
  if diff -rq "$work/site" "$1" >"$log" 2>&1; then echo IDENTICAL; else echo "DIFFERS ($(wc -l <"$log") entries in $log)"; fi
}

stats() { sort -g | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2; printf "%.2f %.2f %.2f\n", m, v[1], v[NR]}'; }
: >"$work/results.tsv"
# record STEP RUNS IDENTITY: one line of results.tsv from the step's logs.
record() {
  local step="$1" n="$2" identity="$3" med min max rss
  read -r med min max < <(for r in $(seq 1 "$n"); do cut -d' ' -f1 "$work/log-$step-$r.time"; done | stats)
  rss=$(for r in $(seq 1 "$n"); do cut -d' ' -f2 "$work/log-$step-$r.time"; done | sort -n | tail -1)
  rewrote=$(for r in $(seq 1 "$n"); do sed -n 's/.*rewrote \([0-9]*\) files.*/\1/p' "$work/log-$step-$r"; done)
  if [ -n "$rewrote" ]; then rewrote=$(stats <<<"$rewrote" | cut -d' ' -f1); fi
  printf '%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n' "$step" "$med" "$min" "$max" $((rss / 1024)) "$n" "$identity" "${rewrote:+${rewrote%.00}}" >>"$work/results.tsv"
}

rm -rf "$work"/site "$work"/full-* "$work"/cache "$work"/log-* "$work"/diff-*
# Without --cache the build keeps its cache in the root (safe to delete): empty it, so "cold" is cold.
if [ ${#cache[@]} -eq 0 ]; then rm -rf "$root/.factcheck/cache"; fi
sync
sleep 2

for r in $(seq 1 "$runs"); do timed "$work/log-jvm-$r" $FACTCHECK --version; done
record jvm "$runs" -

# The cache starts empty: the first build fills it (and is timed, once, as "cold").
incremental "$work/log-cold-1"
record cold 1 -

for r in $(seq 1 "$runs"); do incremental "$work/log-none-$r"; done
if [ -n "$reference" ]; then ref="$reference"; else ref="$work/full-none"; full "$work/log-full-none" "$ref"; fi
record none "$runs" "$(same "$ref")"

# One claim edited: its title, so every quote still anchors and the claim keeps its status.
for r in $(seq 1 "$runs"); do
  sed "s/^title: \"\(.*\)\"[[:space:]]*\$/title: \"\1 (bench edit $r)\"/; t; s/^title: \(.*[^[:space:]]\)[[:space:]]*\$/title: \1 (bench edit $r)/" \
    "$work/claim.orig" >"$claim_file"
  incremental "$work/log-claim-$r"
done
full "$work/log-full-claim" "$work/full-claim"
record claim "$runs" "$(same "$work/full-claim")"

# One article added, with its own capture (a copy of an existing one), cited by no claim.
mkdir -p "$root/seeds/bench-added"
for r in $(seq 1 "$runs"); do
  cp "$capture" "$root/seeds/bench-added/bench-added-$r.txt"
  printf 'title: "Bench added article %d"\noutlet: "%s"\npublished: 2025-06-%02d\nurl: https://example.org/bench-added-%d\nfile: seeds/bench-added/bench-added-%d.txt\n' \
    "$r" "$outlet" $(((r - 1) % 28 + 1)) "$r" "$r" >"$root/content/articles/bench-added-$r.yaml"
  incremental "$work/log-article-$r"
done
full "$work/log-full-article" "$work/full-article"
record article "$runs" "$(same "$work/full-article")"

# One template changed: a Freemarker comment, so every claim page is rendered again and prints the same.
for r in $(seq 1 "$runs"); do
  { cat "$work/claim.ftlh.orig"; printf '<#-- bench edit %d -->\n' "$r"; } >"$root/templates/claim.ftlh"
  incremental "$work/log-template-$r"
done
full "$work/log-full-template" "$work/full-template"
record template "$runs" "$(same "$work/full-template")"

echo "# incremental builds of $root (claim $claim), $runs run(s) each; cache: ${cache[*]:-the default one}; full builds: ${no_cache[*]:-no --no-cache option (every build is full)}"
echo
echo "| step | wall, median (min–max) | peak RSS | files rewritten | same as a full build |"
echo "|--|--:|--:|--:|--|"
while IFS=$'\t' read -r step med min max rss n identity rewrote; do
  case "$step" in
    jvm) what="JVM start (factcheck --version)" ;;
    cold) what="first build with an empty cache" ;;
    none) what="nothing changed" ;;
    claim) what="one claim edited" ;;
    article) what="one article added" ;;
    template) what="one template changed" ;;
  esac
  printf '| %s | %.2f s (%.2f–%.2f) | %d MB | %s | %s |\n' "$what" "$med" "$min" "$max" "$rss" "${rewrote:--}" "$identity"
done <"$work/results.tsv"
