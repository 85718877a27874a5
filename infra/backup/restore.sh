#!/usr/bin/env bash
# Restores a dump made by backup.sh into the `db` container (or into the database at DATABASE_URL):
# stops the API, replaces every object in the database with the dump's (pg_restore --clean
# --if-exists) in one transaction, resets the offline change feed when the dump comes from another
# PostgreSQL cluster, and starts the API again, which applies any newer migrations at start.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: infra/backup/restore.sh [--yes] DUMP_FILE

Restores DUMP_FILE (pg_dump custom format, from infra/backup/backup.sh) into the database of the
compose deployment, replacing what is there. The API is stopped meanwhile and started again after.
The restore runs in a single transaction: if it fails, the database is left as it was.

  --yes        do not ask for confirmation (needed when not run from a terminal)

When the dump's change-feed positions lie ahead of this cluster's transaction ids (the dump comes
from another cluster, e.g. a new `initdb` or a new volume), the change feed is emptied after the
restore (service_change and change_feed_retention): phones then download the snapshot again
(docs/offline.md, "After restoring a backup").

Environment:
  COMPOSE_FILE  compose files to use, as for `docker compose`
  DATABASE_URL  restore into this existing database (postgres://user:password@host:port/name)
                with the client tools of this machine instead of through the compose `db`
                container; the API is then not stopped or started: stop it yourself first
  PG_BIN_DIR    where those tools are (pg_restore, psql; default: PATH)

Without DATABASE_URL it runs `docker compose` from the repository root, so the `.env` there is
read.
EOF
}

die() {
  echo "restore: $*" >&2
  exit 1
}

assume_yes=false
dump=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h | --help)
      usage
      exit 0
      ;;
    -y | --yes) assume_yes=true ;;
    -*)
      usage >&2
      exit 2
      ;;
    *)
      [[ -z "$dump" ]] || {
        usage >&2
        exit 2
      }
      dump="$1"
      ;;
  esac
  shift
done
[[ -n "$dump" ]] || {
  usage >&2
  exit 2
}
[[ -f "$dump" && -r "$dump" ]] || die "cannot read $dump"
dump="$(cd "$(dirname "$dump")" && pwd)/$(basename "$dump")"

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo_root"
# shellcheck source=infra/backup/postgres-tools.sh
source "$repo_root/infra/backup/postgres-tools.sh"

api_was_running=false
if [[ -n "${DATABASE_URL:-}" ]]; then
  # The client tools of this machine, against DATABASE_URL.
  pg_restore_bin="$(pg_tool pg_restore)"
  psql_bin="$(pg_tool psql)"
  target="$(redact_url "$DATABASE_URL")"
  restore() { "$pg_restore_bin" --dbname="$DATABASE_URL" "$@"; }
  read_back() { "$pg_restore_bin" --list; }
  sql() { "$psql_bin" --dbname="$DATABASE_URL" -X -v ON_ERROR_STOP=1 -At "$@"; }
else
  command -v docker >/dev/null || die "docker is not installed"
  target="the database of the compose deployment"
  # The variables are expanded inside the container, where the postgres image has set them.
  restore() { docker compose exec -T db sh -c 'exec pg_restore -U "$POSTGRES_USER" -d "$POSTGRES_DB" "$@"' pg_restore "$@"; }
  read_back() { docker compose exec -T db pg_restore --list; }
  sql() { docker compose exec -T db sh -c 'exec psql -U "$POSTGRES_USER" -d "$POSTGRES_DB" -X -v ON_ERROR_STOP=1 -At "$@"' psql "$@"; }
fi

if [[ "$assume_yes" != true ]]; then
  [[ -t 0 ]] || die "not a terminal: pass --yes to restore without confirmation"
  read -r -p "Replace the contents of $target with $dump? [y/N] " answer
  [[ "$answer" =~ ^[Yy]([Ee][Ss])?$ ]] || die "cancelled"
fi

if [[ -z "${DATABASE_URL:-}" ]]; then docker compose up -d --wait db; fi
read_back <"$dump" >/dev/null || die "$dump is not a pg_dump custom-format archive (or one made by a newer pg_dump than this pg_restore)"
sql -c 'SELECT 1' >/dev/null || die "cannot connect to $target"

if [[ -z "${DATABASE_URL:-}" ]]; then
  # Start the API again however the restore ends: a failed restore has changed nothing.
  if docker compose ps --status running --services | grep -qx api; then api_was_running=true; fi
  restart_api() {
    if [[ "$api_was_running" == true ]]; then docker compose start api >/dev/null && echo "restore: started the API"; fi
  }
  trap restart_api EXIT
  docker compose stop api >/dev/null 2>&1 || true
fi

echo "restore: restoring $dump into $target"
restore --clean --if-exists --no-owner --single-transaction <"$dump" || die "pg_restore failed; the database is as it was"
echo "restore: database restored"

# The change feed's positions are transaction ids (docs/offline.md). A dump from another cluster
# carries positions ahead of this cluster's transaction ids: the feed would hold those rows back as
# not final and order new changes before them. Empty it, in one transaction; phones that hold an
# old position are then told to download the snapshot again.
ahead="$(sql -c 'SELECT count(*) FROM service_change WHERE tx >= pg_snapshot_xmax(pg_current_snapshot())')" ||
  die "cannot read the change feed after the restore"
if [[ "$ahead" != 0 ]]; then
  sql -1 -c 'TRUNCATE service_change' -c 'DELETE FROM change_feed_retention' >/dev/null ||
    die "the dump comes from another cluster and the change feed could not be reset: run TRUNCATE service_change; DELETE FROM change_feed_retention;"
  echo "restore: the dump comes from another PostgreSQL cluster ($ahead change-feed rows ahead of its transaction ids): emptied the change feed, phones download the snapshot again"
fi

if [[ -n "${DATABASE_URL:-}" ]]; then
  echo "restore: the search indexes are derived from PostgreSQL and are now out of date: rebuild Meilisearch's (node api/dist/cli/reindex.js) and restart the API (its memory index is rebuilt at start)"
  exit 0
fi
cat <<'EOF'
restore: The search indexes are derived from PostgreSQL and are now out of date. Rebuild them:
           docker compose exec api node api/dist/cli/reindex.js
EOF
if [[ "$api_was_running" != true ]]; then
  echo "restore: the API was not running; start it with: docker compose up -d api"
fi
