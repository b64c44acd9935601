#!/bin/sh
# Writes a class-data archive (AppCDS, JDK 13+) of the service: a file the JVM maps at start in
# place of reading, checking and parsing the ~14,000 classes the service loads. On the 2-core
# development machine it brings the demo's start to ready from 3.5-3.7 s to 2.6-2.7 s with default
# flags, and from 2.6-2.7 s to 1.9-2.0 s with the unit's flags (README, "A class-data archive").
#
#   [JAVA=/usr/bin/java] deploy/train-class-archive.sh APP_DIR ARCHIVE [JVM flags...]
#
# APP_DIR is the quarkus-app folder the service will run from, JAVA the java it will run with
# (default: java on the PATH): the archive records the paths and sizes of the jars and the JVM's
# build, and a JVM refuses it (with a warning) when either differs. So train again after every
# upgrade of Tradewind or of the JDK; deploy/install.sh does it for the former. Pass the JVM flags
# the service runs with.
#
# The training run is the demo of the README's Quick start (paper trading on replayed candles,
# faster than the Quick start's pace) in a folder of its own, with an empty environment, on a
# loopback port the system picks: it reaches no venue and touches no other data. It stops once the
# demo has filled an order (about 10 s), and gives up after two minutes.
set -eu

if [ $# -lt 2 ]; then
    echo "usage: [JAVA=/usr/bin/java] $0 APP_DIR ARCHIVE [JVM flags...]" >&2
    exit 2
fi
app=$(cd "$1" && pwd)
archive=$2
shift 2
java=${JAVA:-java}
checkout=$(cd "$(dirname "$0")/.." && pwd)
candles="$checkout/target/demo-data/bitstamp_trades_from_20131125_usd.csv"

[ -f "$app/quarkus-run.jar" ] || { echo "error: $app/quarkus-run.jar is missing: build it first with ./mvnw -B -ntp package -DskipTests" >&2; exit 2; }
[ -f "$candles" ] || { echo "error: the demo candles $candles are missing: build the checkout first with ./mvnw -B -ntp package -DskipTests" >&2; exit 2; }
command -v "$java" >/dev/null || { echo "error: no $java to train with: set JAVA to the java the service runs with" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/tradewind-class-archive.XXXXXX")
pid=
# the training JVM never outlives the script, however it ends
stop_training() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap stop_training EXIT
trap 'exit 130' INT TERM

# -D settings rank above the configuration file: the demo's candles by their absolute path, at 50 a second
(cd "$work" && exec env -i PATH="$PATH" HOME="$work" "$java" "$@" -XX:ArchiveClassesAtExit="$work/archive.jsa" \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=0 -Dtradewind.data-dir="$work/data" \
    -Dtradewind.strategies.demo.replay.data-file="$candles" -Dtradewind.strategies.demo.replay.candles-per-second=50 \
    -jar "$app/quarkus-run.jar" serve --config "$checkout/deploy/demo.properties" > "$work/log" 2>&1) &
pid=$!
waited=0
# the order log's fill line: "instance demo: order <id> fill buy … @ …"
until grep -q ": order [^ ]* fill " "$work/log" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "error: the training run ended before it filled an order; its log:" >&2
        tail -20 "$work/log" >&2
        exit 1
    fi
    if [ "$waited" -ge 120 ]; then
        echo "error: the training run filled no order within 120 s; its log:" >&2
        tail -20 "$work/log" >&2
        exit 1
    fi
    sleep 1
    waited=$((waited + 1))
done
# SIGTERM stops the service gracefully; the JVM writes the archive as it exits
kill -TERM "$pid"
stopping=0
while kill -0 "$pid" 2>/dev/null; do
    if [ "$stopping" -ge 60 ]; then
        echo "error: the training run did not stop within 60 s of SIGTERM" >&2
        exit 1
    fi
    sleep 1
    stopping=$((stopping + 1))
done
wait "$pid" 2>/dev/null || true
pid=
[ -s "$work/archive.jsa" ] || { echo "error: the JVM wrote no archive (does this JDK have its base CDS archive? java -Xshare:dump makes it)" >&2; exit 1; }
mv "$work/archive.jsa" "$archive.new"
mv "$archive.new" "$archive"
echo "class-data archive written to $archive ($(($(wc -c < "$archive") / 1048576)) MB, after $waited s of training)"
