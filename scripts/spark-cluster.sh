#!/usr/bin/env bash
# Runs the one-shot command on the Spark engine against a real Spark standalone cluster on this
# machine: a master and two workers, each its own JVM, bound to 127.0.0.1 on ports the system
# picks (no clash with another cluster or web UI). The cluster is stopped whatever happens.
#
# usage: scripts/spark-cluster.sh DATA OUT
#   DATA  a folder with the three exports (samples/ for the shipped sample)
#   OUT   the run's output folder; the job writes OUT/spark/ (job-result.json, customer-weeks/, driver.log)
#
# Needs target/revenue-gap-orchestrator.jar and spark/target/{spark-home,rgo-spark-job.jar}; builds
# what is missing with Maven (mvn on the PATH). Logs of the master, the workers and their
# executors go to target/spark-cluster/<time>/ (SPARK_CLUSTER_LOGS picks another folder).
# WORKER_MEMORY (default 1g) and WORKER_CORES (default 1) size each worker.
set -euo pipefail

cd "$(dirname "$0")/.."
root="$PWD"
if [[ $# -ne 2 ]]; then
    echo "usage: $0 DATA OUT" >&2
    exit 64
fi
data="$(cd "$1" && pwd)"
mkdir -p "$2"
out="$(cd "$2" && pwd)"

service_jar=target/revenue-gap-orchestrator.jar
export SPARK_HOME="$root/spark/target/spark-home"
job_jar=spark/target/rgo-spark-job.jar

build() {
    echo "spark-cluster: building: $*" >&2
    command -v mvn >/dev/null || { echo "spark-cluster: no mvn on the PATH; run: $*" >&2; exit 1; }
    "$@" >&2
}
[[ -f "$service_jar" ]] || build mvn -B -q package -DskipTests
[[ -x "$SPARK_HOME/bin/spark-class" && -f "$job_jar" ]] || build mvn -B -q -f spark/pom.xml package -DskipTests

logs="${SPARK_CLUSTER_LOGS:-target/spark-cluster/$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$logs"
logs="$(cd "$logs" && pwd)"

# Every daemon and executor on the loopback interface; the master's REST submission server off
export SPARK_LOCAL_IP=127.0.0.1
export SPARK_DAEMON_MEMORY="${SPARK_DAEMON_MEMORY:-512m}"
export SPARK_DAEMON_JAVA_OPTS="-Dspark.master.rest.enabled=false ${SPARK_DAEMON_JAVA_OPTS:-}"

# Started here, stopped here, newest first: the one-shot (whose exit kills its Spark driver), then
# the workers, then the master.
pids=()
stop_cluster() {
    local i
    for (( i = ${#pids[@]} - 1; i >= 0; i-- )); do
        kill "${pids[i]}" 2>/dev/null || true
        wait "${pids[i]}" 2>/dev/null || true
    done
}
trap stop_cluster EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Waits until LOG has a line matching PATTERN, or fails when PID dies or 120 s pass (a busy
# 2-core machine needs up to half a minute to start a JVM with Spark's 170 jars).
await_line() {
    local log="$1" pattern="$2" pid="$3" name="$4" waited=0
    until grep -q "$pattern" "$log" 2>/dev/null; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "spark-cluster: the $name stopped; its log $log ends:" >&2
            tail -n 30 "$log" >&2
            exit 1
        fi
        if (( waited >= 1200 )); then
            echo "spark-cluster: the $name did not start within 120 s; see $log" >&2
            exit 1
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
}

started=$SECONDS
"$SPARK_HOME/bin/spark-class" org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port 0 --webui-port 0 >"$logs/master.log" 2>&1 &
pids+=($!)
await_line "$logs/master.log" "Starting Spark master at spark://" "${pids[0]}" master
master="$(grep -o 'spark://127\.0\.0\.1:[0-9]*' "$logs/master.log" | head -n 1)"

for worker in 1 2; do
    mkdir -p "$logs/worker-$worker"
    "$SPARK_HOME/bin/spark-class" org.apache.spark.deploy.worker.Worker \
        --host 127.0.0.1 --port 0 --webui-port 0 \
        --cores "${WORKER_CORES:-1}" --memory "${WORKER_MEMORY:-1g}" \
        --work-dir "$logs/worker-$worker" "$master" >"$logs/worker-$worker.log" 2>&1 &
    pids+=($!)
done
await_line "$logs/worker-1.log" "Successfully registered with master" "${pids[1]}" "worker 1"
await_line "$logs/worker-2.log" "Successfully registered with master" "${pids[2]}" "worker 2"
echo "spark-cluster: $master with 2 workers up in $((SECONDS - started)) s; logs in $logs" >&2

# Small data on few cores: a few shuffle partitions instead of Spark's 200.
cat >"$logs/spark.properties" <<PROPERTIES
spark.sql.shuffle.partitions 4
spark.executor.memory ${EXECUTOR_MEMORY:-768m}
PROPERTIES

# In the background and waited for, so that a TERM stops it at once (bash runs a trap only after
# a foreground command ends).
RGO_SPARK_PROPERTIES_FILE="$logs/spark.properties" \
    java -jar "$service_jar" run --engine spark --master "$master" --data "$data" --out "$out" \
    >"$logs/one-shot.log" 2>&1 &
pids+=($!)
status=0
wait "${pids[-1]}" || status=$?
grep -v ' INFO ' "$logs/one-shot.log" >&2 || true
echo "spark-cluster: the one-shot exited $status after $((SECONDS - started)) s" >&2
exit "$status"
