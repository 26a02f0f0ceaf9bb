#!/usr/bin/env bash
# Benchmark of the one-shot run (issue 7): whole-process wall time, CPU, peak RSS and peak heap,
# time per route step, for generated data sets, sorted and shuffled, at -Xmx1g and -Xmx2g;
# optionally alternating with a DuckDB SQL implementation of the same metrics.
#
#   bench/run.sh                      # every set below, 3 runs each, DuckDB too
#   SETS="300k:300000:18" ORDERS=shuffled HEAPS=1g RUNS=5 bench/run.sh
#
# Settings (environment): JAR, LABEL (see below), BENCH_DATA (generated sets, outside the repo; default /tmp/rgo-bench-data),
# SETS (name:customers:weeks ...), ORDERS (sorted shuffled), HEAPS (1g 2g), RUNS (3),
# DUCKDB (1 = also time DuckDB), STORES (50), SKUS (100), SEED (1); TABLE_ONLY=1 only prints the table.
# Results: one TSV line per run in $BENCH_DATA/results.tsv, and a Markdown table of the
# minimum of each group on stdout. Timings on a shared machine are noisy: take minima, note `uptime`.
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_DATA=${BENCH_DATA:-/tmp/rgo-bench-data}
SETS=${SETS:-"100k:100000:18 1m:1000000:18 1m52:1000000:52"}
ORDERS=${ORDERS:-"sorted shuffled"}
HEAPS=${HEAPS:-"1g 2g"}
RUNS=${RUNS:-3}
DUCKDB=${DUCKDB:-1}
STORES=${STORES:-50}
SKUS=${SKUS:-100}
SEED=${SEED:-1}
DUCKDB_VERSION=1.1.3

# JAR and LABEL let the same script time another build (e.g. LABEL=rgo-before JAR=old.jar DUCKDB=0)
JAR=${JAR:-target/revenue-gap-orchestrator.jar}
LABEL=${LABEL:-rgo}
[ -f "$JAR" ] || mvn -q -B -o package -DskipTests
mkdir -p "$BENCH_DATA" target/bench
if [ "$DUCKDB" = 1 ]; then
  DUCKDB_JAR=target/bench/duckdb_jdbc-$DUCKDB_VERSION.jar
  [ -f "$DUCKDB_JAR" ] || mvn -q -B dependency:copy -Dartifact=org.duckdb:duckdb_jdbc:$DUCKDB_VERSION -DoutputDirectory=target/bench
  javac -d target/bench bench/duckdb/DuckDbBaseline.java
fi
RESULTS=$BENCH_DATA/results.tsv
[ -f "$RESULTS" ] || printf 'when\tload\tengine\tset\torder\theap\twall_s\tuser_s\tsys_s\tmax_rss_mb\tpeak_heap_mb\tstartup_ms\tread_ms\trevenue_ms\tstructural_ms\troot_cause_ms\texposure_ms\tportfolio_ms\ttrend_ms\texecutive_ms\twrite_ms\n' > "$RESULTS"

step() { # step LOG ID -> milliseconds of that step
  sed -n "s/.*step $2 took \([0-9]*\) ms.*/\1/p" "$1" | head -1
}

run_rgo() { # run_rgo SET ORDER HEAP DIR
  local log=$BENCH_DATA/last-run.log out=$BENCH_DATA/out-rgo
  rm -rf "$out"
  /usr/bin/time -f 'TIME %e %U %S %M' -o "$BENCH_DATA/time.txt" \
    java -Xmx"$3" -Xlog:gc:file="$BENCH_DATA/gc.log" -Drgo.bench.step-timings=true -jar "$JAR" run --data "$4" --out "$out" > "$log" 2>&1 \
    || { echo "run failed, see $log" >&2; tail -5 "$log" >&2; return 1; }
  read -r _ wall user sys rss < <(grep '^TIME' "$BENCH_DATA/time.txt")
  local heap
  heap=$(grep -o '[0-9]*M->[0-9]*M' "$BENCH_DATA/gc.log" | sed 's/M->.*//' | sort -n | tail -1)
  local startup
  startup=$(sed -n 's/.*step read-data-folder took .*(started \([0-9]*\) ms after JVM start).*/\1/p' "$log")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
    "$(date -u +%FT%TZ)" "$(cut -d' ' -f1 /proc/loadavg)" "$LABEL" "$1" "$2" "$3" "$wall" "$user" "$sys" $((rss / 1024)) "${heap:-}" \
    "$startup" "$(step "$log" read-data-folder)" "$(step "$log" revenue-layer)" "$(step "$log" structural-risk-layer)" \
    "$(step "$log" root-cause-layer)" "$(step "$log" exposure-layer)" "$(step "$log" portfolio-layer)" \
    "$(step "$log" trend-layer)" "$(step "$log" executive-layer)" "$(step "$log" write-outputs)" >> "$RESULTS"
}

run_duckdb() { # run_duckdb SET ORDER DIR
  local out=$BENCH_DATA/out-duckdb
  rm -rf "$out"
  /usr/bin/time -f 'TIME %e %U %S %M' -o "$BENCH_DATA/time.txt" \
    java -cp "$DUCKDB_JAR:target/bench" DuckDbBaseline "$3" "$out" > "$BENCH_DATA/last-duckdb.log" 2>&1
  read -r _ wall user sys rss < <(grep '^TIME' "$BENCH_DATA/time.txt")
  printf '%s\t%s\tduckdb\t%s\t%s\t-\t%s\t%s\t%s\t%s\t\t\t\t\t\t\t\t\t\t\t\n' \
    "$(date -u +%FT%TZ)" "$(cut -d' ' -f1 /proc/loadavg)" "$1" "$2" "$wall" "$user" "$sys" $((rss / 1024)) >> "$RESULTS"
}

[ "${TABLE_ONLY:-0}" = 1 ] && SETS=""
for set in $SETS; do
  IFS=: read -r name customers weeks <<< "$set"
  for order in $ORDERS; do
    dir=$BENCH_DATA/$name-$order
    if [ ! -f "$dir/retail_weekly_sales.csv" ]; then
      flag=""; [ "$order" = shuffled ] && flag=--shuffle
      java -jar "$JAR" generate --customers "$customers" --weeks "$weeks" --stores "$STORES" --skus "$SKUS" \
        --seed "$SEED" --out "$dir" $flag
    fi
    for heap in $HEAPS; do
      for ((i = 1; i <= RUNS; i++)); do
        echo "[$(date +%T) load $(cut -d' ' -f1 /proc/loadavg)] $name $order -Xmx$heap run $i" >&2
        run_rgo "$name" "$order" "$heap" "$dir" || true
        if [ "$DUCKDB" = 1 ] && [ "$heap" = "$(echo $HEAPS | cut -d' ' -f1)" ]; then
          run_duckdb "$name" "$order" "$dir"
        fi
      done
    done
  done
done

# minimum wall time of each (engine, set, order, heap), with that run's other columns
echo "| engine | set | order | heap | wall s | user s | max RSS MB | peak heap MB | start-up ms | read ms | revenue | structural | root cause | exposure | portfolio | trend | executive | write ms | runs | load |"
echo "|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
tail -n +2 "$RESULTS" | sort -t$'\t' -k3,3 -k4,4 -k5,5 -k6,6 -k7,7g | awk -F'\t' '
  { key = $3 FS $4 FS $5 FS $6; count[key]++; loads[key] = loads[key] (loads[key] == "" ? "" : "/") $2
    if (!(key in best)) { best[key] = $0; order[++n] = key } }
  END { for (i = 1; i <= n; i++) { split(best[order[i]], f, FS)
    printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %d | %s |\n",
      f[3], f[4], f[5], f[6], f[7], f[8], f[10], f[11], f[12], f[13], f[14], f[15], f[16], f[17], f[18], f[19], f[20], f[21],
      count[order[i]], loads[order[i]] } }'
