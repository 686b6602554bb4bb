#!/usr/bin/env bash
# Times the preview from a saved claim to the served page that shows it.
#
#   bench/serve-latency.sh [--edits E] [--claim ID] ROOT
#
# Starts `factcheck serve --root ROOT --port 0` (org.factcheck.bench.ServeLatency), waits for its
# first build, then edits one claim's title E times (default 5; each edit different from the one
# before) and measures, from the moment each save returns, when /__factcheck/version (what open
# pages poll to reload) changes and when the served claims/ID.html shows the new title; both are
# polled every 5 ms. Prints one line per edit (with serve's own "rebuilt in N ms"), the medians, and
# a last line "RESULT start_s page_median_ms page_min_ms page_max_ms version_median_ms
# rebuild_median_ms edits". The claim file is put back and the server stopped at the end.
# A browser learns of the change at its next poll of the version (every 700 ms in reload.js), so
# what an editor sees is this number plus up to that interval.
#
# Environment: FACTCHECK (default bin/factcheck); SERVE_TMPDIR, where serve builds its preview
# (default: ROOT's parent directory, so it is on the same file system as the bench outputs).
set -euo pipefail
trap 'echo "serve-latency.sh: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
here="$PWD"
cd "$(dirname "$0")/.."

edits=5
claim=()
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --edits) edits="$2"; shift 2 ;;
    --claim) claim=(--claim "$2"); shift 2 ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) args+=("$1"); shift ;;
  esac
done
[ ${#args[@]} -eq 1 ] || { echo "usage: bench/serve-latency.sh [--edits E] [--claim ID] ROOT" >&2; exit 2; }
case "${args[0]}" in /*) root="${args[0]}" ;; *) root="$here/${args[0]}" ;; esac
[ -d "$root/content/claims" ] || { echo "serve-latency.sh: $root has no content/claims/" >&2; exit 2; }

if [ ! -f target/factcheck.jar ]; then
  echo "== building target/factcheck.jar (mvn -B -q package -DskipTests)" >&2
  mvn -B -q package -DskipTests
fi
if [ ! -f target/test-classes/org/factcheck/bench/ServeLatency.class ] || [ ! -f target/test.cp ]; then
  echo "== compiling the bench programs (mvn test-compile)" >&2
  mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp -Dmdep.includeScope=test
fi
tmp="${SERVE_TMPDIR:-$(dirname "$root")/serve-tmp}"
mkdir -p "$tmp"
export FACTCHECK_JAVA_OPTS="-Djava.io.tmpdir=$tmp${FACTCHECK_JAVA_OPTS:+ $FACTCHECK_JAVA_OPTS}"
java -cp "target/test-classes:target/classes:$(cat target/test.cp)" org.factcheck.bench.ServeLatency \
  --root "$root" --edits "$edits" --factcheck "${FACTCHECK:-bin/factcheck}" ${claim[@]+"${claim[@]}"}
rmdir "$tmp" 2>/dev/null || true
