#!/bin/sh
# Writes a class-data archive (AppCDS, JDK 13+) of the service: a file the JVM maps at start in
# place of reading, checking and parsing the ~14,000 classes the service loads. On the 2-core
# development machine it brings the demo's start to ready from 3.5-3.7 s to 2.6-2.7 s with default
# flags, and from 2.6-2.7 s to 1.9-2.0 s with the unit's flags (README, "A class-data archive").
#
#   deploy/train-class-archive.sh APP_DIR ARCHIVE [JVM flags...]
#
# APP_DIR is the quarkus-app folder the service will run from: the archive records the paths and
# sizes of its jars and is ignored (with a warning) when they change, as it is by another JVM
# build. So train again after every upgrade of Tradewind or of the JDK; deploy/install.sh does.
# Pass the JVM flags the service runs with.
#
# The training run is the demo of the README's Quick start (paper trading on replayed candles,
# faster than the Quick start's pace), in a folder of its own, on a port the system picks: it
# reaches no venue and touches no other data. It stops once the demo has filled an order.
set -eu

if [ $# -lt 2 ]; then
    echo "usage: $0 APP_DIR ARCHIVE [JVM flags...]" >&2
    exit 2
fi
app=$(cd "$1" && pwd)
archive=$2
shift 2
checkout=$(cd "$(dirname "$0")/.." && pwd)
candles="$checkout/target/demo-data/bitstamp_trades_from_20131125_usd.csv"

[ -f "$app/quarkus-run.jar" ] || { echo "error: $app/quarkus-run.jar is missing: build it first with ./mvnw -B -ntp package -DskipTests" >&2; exit 2; }
[ -f "$candles" ] || { echo "error: the demo candles $candles are missing: build the checkout first with ./mvnw -B -ntp package -DskipTests" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/tradewind-class-archive.XXXXXX")
trap 'rm -rf "$work"' EXIT
sed -e "s#^\(tradewind.strategies.demo.replay.data-file=\).*#\1$candles#" \
    -e "s#^\(tradewind.strategies.demo.replay.candles-per-second=\).*#\150#" \
    "$checkout/deploy/demo.properties" > "$work/demo.properties"

(cd "$work" && exec java "$@" -XX:ArchiveClassesAtExit="$work/archive.jsa" -Xlog:cds=off \
    -Dquarkus.http.port=0 -Dtradewind.data-dir="$work/data" \
    -jar "$app/quarkus-run.jar" serve --config "$work/demo.properties" > "$work/log" 2>&1) &
pid=$!
waited=0
until grep -q "order .* filled" "$work/log" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null || [ "$waited" -ge 120 ]; then
        kill "$pid" 2>/dev/null || true
        echo "error: the training run did not fill an order within $waited s; its log:" >&2
        tail -20 "$work/log" >&2
        exit 1
    fi
    sleep 1
    waited=$((waited + 1))
done
kill -TERM "$pid"
wait "$pid" || true
[ -s "$work/archive.jsa" ] || { echo "error: the JVM wrote no archive (does this JDK have its base CDS archive? java -Xshare:dump makes it)" >&2; exit 1; }
mv "$work/archive.jsa" "$archive.new"
mv "$archive.new" "$archive"
echo "class-data archive written to $archive ($(($(wc -c < "$archive") / 1048576)) MB, after $waited s of training)"
