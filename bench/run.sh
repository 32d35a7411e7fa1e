#!/usr/bin/env bash
# Deskhand benchmark suite (issue 8). Prints every figure with the machine it ran on and writes them to
# bench/out/results.tsv (git-ignored).
#
#   bash bench/run.sh            full run, about 15 minutes on an idle 2-core machine
#   QUICK=1 bash bench/run.sh    smoke run, about 3 minutes: small sizes, 5-second load steps
#
# Environment:
#   EVAL_DATA=../shared/eval-data          query texts (falls back to the starter KB's titles and aliases)
#   BENCH_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/test?user=postgres
#                                          PostgreSQL for the HTTP and digest runs; a fresh schema is created
#                                          and dropped; SKIP_POSTGRES=1 leaves PostgreSQL out
#   BUILD_CAP=35                           seconds allowed for the 100k-article index build (the target is 30 s); when it does not finish,
#                                          nothing else is measured at 100k (FULL_100K=1: no cap, and the run then
#                                          takes far longer than 15 minutes with the current indexer)
#   PROFILE=1                              record JFR for the in-process and server runs and print hot methods
#   SERVER_JVM="-Xmx256m"                  extra JVM options for the server process
#   ONLY="search http"                     run only these sections: generate search cpu startup http digest peer
#                                          (and memory, which runs only when named here)
#                                          (search needs generate)
#   FINGERPRINT=1                          the cpu section also prints a SHA-256 of every measured answer (top 3,
#                                          scores to the bit): equal before and after a change = same answers
#
# The peer section (issue 15; ONLY=peer runs it alone, about 25 minutes, QUICK=1 about 4): Deskhand (default),
# Deskhand with KB_MEANING=off and the peer in bench/peer (Bolt for JavaScript + MiniSearch, installed with `npm ci`
# when its node_modules is missing) side by side in interleaved rounds, same knowledge, same signed /kb load, same
# stand-in Slack; Deskhand with the JVM options and ENV of the Dockerfile. Prints a table with ratios and writes it
# to bench/out/side-by-side.md.
#   PEER_CMD="node bench/peer/app.js"      any other app that speaks signed /slack/events and GET /readyz
#   PEER_CLI="node bench/peer/kb.js"       its one-question command (gets --json "refund policy")
#   ROUNDS=3                               interleaved rounds on the starter knowledge base (QUICK: 1)
#   CONTAINER_MEMORY=512m                  emulate a container memory limit (-XX:MaxRAM) for Deskhand; unset: none
#   CONTESTANTS=deskhand,words-only,peer   a subset
#   PEER_KB=/tmp/peer-kb                   keep the generated 10k/100k knowledge bases there between runs
#   PEER_LARGE=0                           leave out the 10k/100k part (ROUNDS=0: only that part)
#   PEER_SETTLE=30 PEER_EDITS=2 PEER_LARGE_CAP=300   quiet-wait cap, edits at 10k, 10k ready cap (s)
#   PEER_PER_SET=2000                      questions per evaluation set (2000: ~7,200 texts, none repeated per server)
set -euo pipefail
cd "$(dirname "$0")/.."

QUICK=${QUICK:-0}
PROFILE=${PROFILE:-0}
OUT=bench/out
RESULTS=$OUT/results.tsv
# In a linked worktree ../shared is not next to the checkout; fall back to the one next to the main checkout.
MAIN_CHECKOUT=$(cd "$(git rev-parse --git-common-dir 2>/dev/null || echo .git)/.." 2>/dev/null && pwd || echo .)
if [ -z "${EVAL_DATA:-}" ] && [ ! -d ../shared/eval-data ] && [ -d "$MAIN_CHECKOUT/../shared/eval-data" ]; then
  EVAL_DATA="$MAIN_CHECKOUT/../shared/eval-data"
fi
EVAL_DATA=${EVAL_DATA:-../shared/eval-data}
PG_URL=${BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}
SERVER_JVM=${SERVER_JVM:-}
BUILD_CAP=${BUILD_CAP:-35}
STEP_CAP=1800   # hard stop for any one benchmark JVM, in seconds
if [ "${FULL_100K:-0}" = 1 ]; then BUILD_CAP=100000; STEP_CAP=7200; fi
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/deskhand-bench.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT
mkdir -p "$OUT"
rm -f "$RESULTS" "$OUT"/server-*.log "$OUT"/*.jfr
STARTED=$(date +%s)

section() { printf '\n== %s (%ds elapsed)\n' "$1" "$(( $(date +%s) - STARTED ))"; }
want() { [ -z "${ONLY:-}" ] || [[ " $ONLY " == *" $1 "* ]]; }

machine() {
  echo "Machine:  $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || uname -m)"
  echo "Cores:    $(nproc 2>/dev/null || echo '?')"
  echo "Memory:   $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo 2>/dev/null || echo '?')"
  echo "OS:       $(uname -sr)"
  echo "Java:     $(java -version 2>&1 | head -1) ($(java -version 2>&1 | sed -n 3p))"
  echo "Date:     $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "Commit:   $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with local changes)')"
  echo "Mode:     $([ "$QUICK" = 1 ] && echo 'QUICK (smoke run)' || echo full)"
  echo "Load:     $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?') (1/5/15-minute load average now)"
}

section "Machine"
machine | tee "$OUT/machine.txt"

section "Build"
mvn -q -B -o package -DskipTests 2>/dev/null || mvn -q -B package -DskipTests
rm -rf "$OUT/classes"
javac --release 17 -nowarn -cp target/deskhand.jar -d "$OUT/classes" $(find bench/src -name '*.java')

jfr_opts() { # $1 = recording name
  [ "$PROFILE" = 1 ] && echo "-XX:StartFlightRecording=filename=$PWD/$OUT/$1.jfr,settings=profile -XX:FlightRecorderOptions:stackdepth=256"
  return 0
}
hot_methods() { # $1 = recording name, $2 = thread-name pattern
  if [ "$PROFILE" = 1 ] && [ -f "$OUT/$1.jfr" ]; then
    echo "  -- profile of $1 (threads $2)"
    java -cp "target/deskhand.jar:$OUT/classes" dev.deskhand.bench.JfrTop "$OUT/$1.jfr" "$2" 12
  fi
}
bench() { # $1 = scenario, $2 = JFR name, rest = options
  local scenario=$1 name=$2; shift 2
  # The client drops idle connections after 20 s, before Jetty's 30 s idle timeout closes them under it.
  timeout "$STEP_CAP" java -Xmx${BENCH_HEAP:-6g} $(jfr_opts "$name") -Dlogback.configurationFile=bench/logback-bench.xml \
    -Djdk.httpclient.keepalive.timeout=20 \
    -cp "target/deskhand.jar:$OUT/classes" dev.deskhand.bench.Bench "$scenario" \
    --results "$RESULTS" --eval-data "$EVAL_DATA" --work "$SCRATCH/work" "$@" || echo "  ($scenario $name failed with exit code $?)"
  hot_methods "$name" "${JFR_THREADS:-.*}"
}
server_jvm() { # $1 = recording name
  echo "$SERVER_JVM $(jfr_opts "$1")"
}

# LOAD_SECONDS is per arrival rate for /kb (the issue's 30 s); OTHER_SECONDS for @-mentions and escalation
# submissions, shorter so that the whole run stays within 15 minutes.
if [ "$QUICK" = 1 ]; then
  SIZES=1000; SEARCH_SECONDS=5; PER_SET=150; RATES=50,200; LOAD_SECONDS=5; OTHER_SECONDS=5; WARMUP=2; STARTS=1
  RELOADS=1; DIGEST_ROWS=20000; DIGEST_REPEATS=2
else
  SIZES=1000,10000,100000; SEARCH_SECONDS=10; PER_SET=500; RATES=50,100,200,400; LOAD_SECONDS=30
  OTHER_SECONDS=${OTHER_SECONDS:-10}; WARMUP=5; STARTS=3; RELOADS=1; DIGEST_ROWS=1000000
fi

if want generate || want search; then
section "Synthetic knowledge bases"
bench generate generate --sizes "$SIZES" --out "$SCRATCH/kb"
fi

if want search; then
section "Search in process"
JFR_THREADS='search-.*|main' bench search search-starter --kb starter --per-set "$PER_SET" --seconds "$SEARCH_SECONDS"
for size in ${SIZES//,/ }; do
  reloads=0
  if [ "$size" -ge 10000 ] || [ "$QUICK" = 1 ]; then reloads=$RELOADS; fi
  JFR_THREADS='search-.*|main|kb-index' bench search "search-$size" --kb "$SCRATCH/kb/kb-$size" --articles "$size" \
    --per-set "$PER_SET" --seconds "$SEARCH_SECONDS" --reloads "$reloads" --build-cap "$BUILD_CAP"
done

fi

if want cpu; then
section "CPU per search in process (starter KB, meaning on and off)"
if [ "$QUICK" = 1 ]; then CPU_OPTS=(--warmup 400 --questions 600 --passes 1); else CPU_OPTS=(--warmup 1000 --questions 2000 --passes 3); fi
JFR_THREADS='main' bench cpu cpu --fingerprint "$([ "${FINGERPRINT:-0}" = 1 ] && echo true || echo false)" "${CPU_OPTS[@]}"
fi

if want startup; then
section "Start-up"
bench startup startup --attempts "$STARTS" --server-jvm "$(server_jvm server-startup)"
hot_methods server-startup '.*'

if [ "$QUICK" != 1 ] && grep -q $'^index\t100k articles\tbuild time\tn/a' "$RESULTS"; then
  echo "  start-up with 100k articles skipped: the index build alone exceeded the ${BUILD_CAP} s cap above"
elif [ "$QUICK" != 1 ] && [ -d "$SCRATCH/kb/kb-100000" ]; then
  bench startup startup-100k --attempts 1 --label "100k articles" --knowledge "$SCRATCH/kb/kb-100000" \
    --ready-cap "$BUILD_CAP" --server-jvm "$(server_jvm server-startup-100k)"
fi

fi

if want http; then
section "End to end over HTTP (H2)"
bench http http-h2 --database h2 --rates "$RATES" --seconds "$LOAD_SECONDS" --other-seconds "$OTHER_SECONDS" \
  --warmup "$WARMUP" --per-set "$PER_SET" --scenarios "${HTTP_SCENARIOS:-kb,mention,escalation}" \
  --server-jvm "$(server_jvm server-http-h2)"
hot_methods server-http-h2 'qtp.*|work.*'

if [ "${SKIP_POSTGRES:-0}" != 1 ]; then
  section "End to end over HTTP (PostgreSQL)"
  bench http http-pg --database postgres --jdbc "$PG_URL" --rates "$RATES" --seconds "$LOAD_SECONDS" \
    --other-seconds "$OTHER_SECONDS" --warmup "$WARMUP" --per-set "$PER_SET" \
    --scenarios "${HTTP_SCENARIOS_PG:-escalation}" --server-jvm "$(server_jvm server-http-pg)"
  hot_methods server-http-pg 'qtp.*|work.*'
fi

fi

if want digest; then
section "Digest over a large history"
JFR_THREADS='main' bench digest digest-h2 --database h2 --rows "$DIGEST_ROWS" --repeats "$DIGEST_REPEATS"
if [ "${SKIP_POSTGRES:-0}" != 1 ]; then
  JFR_THREADS='main' bench digest digest-pg --database postgres --jdbc "$PG_URL" --rows "$DIGEST_ROWS" \
    --repeats "$DIGEST_REPEATS"
fi

fi

if [[ " ${ONLY:-} " == *" memory "* ]]; then
section "Where the resident memory goes (issue 15)"
# The Dockerfile's JVM options and ENV (+ SERVER_JVM), meaning on and off: RSS split anon / file-backed (by mapping)
# and Native Memory Tracking's categories, idle after start and after 50/s for 10 s then 400/s for 15 s.
# NMT=false leaves tracking out (it costs a few MB itself); MEMORY_MODES=on measures meaning on only.
bench memory memory --server-jvm "$SERVER_JVM" --nmt "${NMT:-true}" --modes "${MEMORY_MODES:-on,off}" \
  --per-set "${PEER_PER_SET:-2000}" --logs "$OUT"
fi

if want peer; then
section "Side by side with the peer (issue 15)"
if ! command -v node >/dev/null; then
  echo "  peer section skipped: node is not installed (the peer is a Node.js app)"
else
  if [ -z "${PEER_CMD:-}" ] && [ ! -d bench/peer/node_modules ]; then
    (cd bench/peer && npm ci --no-audit --no-fund --loglevel=error)
  fi
  if [ "$QUICK" = 1 ]; then
    PEER_OPTS=(--rounds "${ROUNDS:-1}" --warmup 5 --cpu-seconds 10 --idle-seconds 3 --load-seconds 15 --drain 5 --settle-cap 10)
  else
    PEER_OPTS=(--rounds "${ROUNDS:-3}" --warmup 10 --cpu-seconds 20 --idle-seconds 5 --load-seconds 15 --drain 10
      --settle-cap "${PEER_SETTLE:-30}" --edits "${PEER_EDITS:-2}" --large-ready-cap "${PEER_LARGE_CAP:-300}")
  fi
  if [ "$QUICK" != 1 ] && [ "${PEER_LARGE:-1}" = 1 ]; then
    # PEER_KB=/some/folder keeps the generated 10k and 100k knowledge bases between runs (same seed, same files).
    PEER_KB=${PEER_KB:-$SCRATCH/kb}
    for size in 10000 100000; do
      [ -f "$PEER_KB/kb-$size.done" ] || { bench generate "generate-$size" --sizes "$size" --out "$PEER_KB" \
        && touch "$PEER_KB/kb-$size.done"; }
    done
    PEER_OPTS+=(--large "$PEER_KB/kb-10000" --huge "$PEER_KB/kb-100000" --build-cap "$BUILD_CAP")
  fi
  bench side side --peer-command "${PEER_CMD:-node bench/peer/app.js}" --peer-cli "${PEER_CLI:-node bench/peer/kb.js}" \
    --contestants "${CONTESTANTS:-deskhand,words-only,peer}" --container-memory "${CONTAINER_MEMORY:-}" \
    --server-jvm "$SERVER_JVM" --per-set "${PEER_PER_SET:-2000}" "${PEER_OPTS[@]}"
fi
fi

section "Summary"
machine
echo
awk -F'\t' '$3 != "note" { printf "%-9s %-30s %-20s %10s %-7s %-12s %s\n", $1, $2, $3, $4, $5, $6, $7 }' "$RESULTS"
echo
echo "Missed targets: $(awk -F'\t' '$7 == "MISSED"' "$RESULTS" | wc -l); figures in $RESULTS; took $(( $(date +%s) - STARTED )) s"
