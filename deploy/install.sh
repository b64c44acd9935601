#!/bin/sh
# Installs Tradewind as the systemd service deploy/tradewind.service, or upgrades it: run as root
# from a checkout after ./mvnw -B -ntp package -DskipTests. Safe to run again. It never
# overwrites /etc/tradewind/env or /etc/tradewind/application.properties.
#
# An upgrade copies the new build beside the old one, then stops the service (which waits for
# running ticks), backs the store up with the old build's H2, swaps the application folder and
# trains the class-data archive of the new build (about 10 s, at most about 3 minutes) and starts the
# service again (which reconciles with the venues before its first tick).
set -eu

checkout=$(cd "$(dirname "$0")/.." && pwd)
build="$checkout/target/quarkus-app"
app=/opt/tradewind/quarkus-app
data=/var/lib/tradewind/data
backups=/var/lib/tradewind/backup

if [ "$(id -u)" -ne 0 ]; then
    echo "error: run as root (sudo $0)" >&2
    exit 2
fi
if [ ! -f "$build/quarkus-run.jar" ]; then
    echo "error: $build/quarkus-run.jar is missing: build it first with ./mvnw -B -ntp package -DskipTests" >&2
    exit 2
fi
# The java on PATH runs the service: the installed unit's ExecStart names it, so that a JDK only in
# /opt/jdk/bin is the one the unit starts (it named /usr/bin/java, and failed with 203/EXEC). Not
# resolved through symbolic links: /usr/bin/java (alternatives) or /opt/jdk (a link to the current
# JDK) keep naming the JDK after it is upgraded. A path systemd or sed would split is refused.
java_bin=$(command -v java) || { echo "error: no java on PATH: install a JDK or JRE 17 or newer (apt-get install openjdk-17-jre-headless)" >&2; exit 2; }
java_bin=$(cd "$(dirname "$java_bin")" && pwd)/$(basename "$java_bin")
case "$java_bin" in
    *[!A-Za-z0-9/._+-]*)
        echo "error: $java_bin: the unit cannot name a java with such characters in its path: link it from /usr/local/bin/java" >&2
        exit 2 ;;
esac
unit=$(sed "s|^ExecStart=/usr/bin/java |ExecStart=$java_bin |" "$checkout/deploy/tradewind.service")
printf '%s\n' "$unit" | grep -q "^ExecStart=$java_bin " ||
    { echo "error: deploy/tradewind.service has no line ExecStart=/usr/bin/java to name $java_bin in" >&2; exit 2; }

id -u tradewind >/dev/null 2>&1 ||
    useradd --system --user-group --home-dir /var/lib/tradewind --no-create-home --shell /usr/sbin/nologin tradewind
install -d -o root -g root -m 0755 /opt/tradewind
install -d -o root -g tradewind -m 0750 /etc/tradewind
install -d -o tradewind -g tradewind -m 0750 /var/lib/tradewind "$data" "$backups"
[ -e /etc/tradewind/env ] || install -o root -g root -m 0600 "$checkout/deploy/env.example" /etc/tradewind/env
[ -e /etc/tradewind/application.properties ] ||
    install -o root -g tradewind -m 0640 "$checkout/application.properties" /etc/tradewind/application.properties

rm -rf "$app.new"
cp -R "$build" "$app.new"
chown -R root:root "$app.new"
chmod -R go-w "$app.new"

systemd=no
[ -d /run/systemd/system ] && systemd=yes
was_active=no
if [ "$systemd" = yes ] && systemctl is-active --quiet tradewind; then
    was_active=yes
    trap 'echo "error: upgrade stopped half-way: tradewind is stopped, the previous build is still in $app" >&2' EXIT
    systemctl stop tradewind
fi

if [ -f "$data/tradewind.mv.db" ] && [ -d "$app" ]; then
    h2=$(ls "$app"/lib/main/com.h2database.h2-*.jar)
    backup="$backups/tradewind-$(date -u +%Y%m%dT%H%M%SZ).zip"
    runuser -u tradewind -- "$java_bin" -cp "$h2" org.h2.tools.Backup -dir "$data" -db tradewind -file "$backup" -quiet
    echo "store backed up to $backup"
fi

rm -rf "$app.old"
[ -d "$app" ] && mv "$app" "$app.old"
mv "$app.new" "$app"
printf '%s\n' "$unit" > /etc/systemd/system/tradewind.service
chmod 0644 /etc/systemd/system/tradewind.service

# With the unit's java and JVM flags, as root: the checkout may be closed to the tradewind user, and
# the training run writes only into a folder of its own under /tmp. The unit is given the archive
# through a drop-in written only once it exists: a JVM asked for a missing one starts without any
# class sharing, the JDK's own included.
archive=/var/lib/tradewind/tradewind.jsa
dropin=/etc/systemd/system/tradewind.service.d/class-archive.conf
java_opts=$(sed -n 's/^Environment="JAVA_OPTS=\(.*\)"$/\1/p' "$checkout/deploy/tradewind.service" |
    sed 's/-Djava.io.tmpdir=[^ ]* *//')
# shellcheck disable=SC2086 # the flags are words
if JAVA="$java_bin" "$checkout/deploy/train-class-archive.sh" "$app" "$archive" $java_opts; then
    chmod 0644 "$archive"
    install -d -o root -g root -m 0755 "$(dirname "$dropin")"
    printf '[Service]\nEnvironment="JAVA_CLASS_ARCHIVE=-XX:SharedArchiveFile=%s"\n' "$archive" > "$dropin"
    chmod 0644 "$dropin"
else
    rm -f "$archive" "$dropin"
    echo "warning: no class-data archive: the service starts as usual, only slower" >&2
fi

trap - EXIT

if [ "$systemd" = yes ]; then
    systemctl daemon-reload
    if [ "$was_active" = yes ]; then
        systemctl start tradewind
        echo "tradewind upgraded and started again; the previous build is in $app.old"
    else
        echo "installed. Fill in /etc/tradewind/env and /etc/tradewind/application.properties, then: systemctl enable --now tradewind"
    fi
else
    echo "installed, but systemd is not running here: start the service where it is (systemctl enable --now tradewind)"
fi
