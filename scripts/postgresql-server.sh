#!/usr/bin/env bash
# A private PostgreSQL 15 server for the tests, reachable only through a Unix socket in DIR:
#   scripts/postgresql-server.sh start DIR   makes a new cluster in DIR (removing any earlier one) and starts it
#   scripts/postgresql-server.sh stop DIR    stops it and removes DIR
# The superuser is collabdesk_test with trust authentication, which is safe only because nothing
# listens on TCP and DIR is a folder of its own. PostgreSQL refuses to run as root: as root the
# server runs as the 'postgres' user the Debian package creates.
set -euo pipefail
action=${1-}
dir=${2-}
[[ ($action == start || $action == stop) && -n $dir ]] || {
  echo "usage: $0 start|stop DIR" >&2
  exit 2
}
bin=/usr/lib/postgresql/15/bin
[[ -x $bin/pg_ctl ]] || {
  echo "error: PostgreSQL 15 is not installed ($bin/pg_ctl); scripts/test.sh installs it" >&2
  exit 1
}

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop() {
  if [[ -f $dir/data/postmaster.pid ]]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
  fi
  rm -rf "$dir"
}

stop
[[ $action == stop ]] && exit 0

mkdir -p "$dir"
chmod 700 "$dir"
[[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
# The test cluster trades durability for speed: its databases are thrown away after the run.
as_owner "$bin/initdb" -D "$dir/data" -U collabdesk_test --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
  --no-sync >"$dir/initdb.log" 2>&1 || {
  cat "$dir/initdb.log" >&2
  exit 1
}
# The members of one group sign in with a password, so the tests see a server asking for one (the
# first matching line wins); every other role is trusted. Written through the file, which keeps its owner.
printf '%s\n' 'local all +collabdesk_password_users scram-sha-256' 'local all all trust' >"$dir/data/pg_hba.conf"
# Readable by the user running the tests (the socket itself is 0777 by default).
chmod 755 "$dir"
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null || {
  cat "$dir/server.log" >&2
  exit 1
}
echo "postgresql: a private server is running with its socket in $dir"
