# Sourced by .ci/run and bench/run.sh: starts a throw-away PostgreSQL on 127.0.0.1:$PGPOORT (installing
# it from Debian's packages if the machine lacks it), creates database $1, and stops it on exit.
PGBIN=""
start_postgres() {
    local database=$1
    if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
        echo "PostgreSQL installeren (Debian-pakket postgresql)..."
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    PGDATA=$(mktemp -d /tmp/indicatiewijzer-pg.XXXXXX)
    [ "$(id -u)" = 0 ] && chown postgres "$PGDATA"
    als_postgres "$PGBIN/initdb" -D "$PGDATA" --auth=trust -U postgres >/dev/null
    als_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
        -o "-p $PGPOORT -k $PGDATA -c listen_addresses=127.0.0.1 -c fsync=on" start >/dev/null
    trap 'als_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$PGDATA"' EXIT
    als_postgres "$PGBIN/psql" -h 127.0.0.1 -p "$PGPOORT" -U postgres -q -c "CREATE DATABASE $database"
}
als_postgres() {
    # initdb refuses to run as root
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
