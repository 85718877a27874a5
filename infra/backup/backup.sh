#!/usr/bin/env bash
# Dumps the PostgreSQL database of the compose deployment (pg_dump custom format, run inside the
# `db` container), or the database at DATABASE_URL with this machine's client tools, to a dated file, checks that the dump can be read back, and deletes dumps older
# than KEEP_DAYS. PostgreSQL is the source of truth; the search index is rebuilt from it, so it is
# not backed up. Meant for cron, e.g.:
#
#   15 3 * * * /srv/sociale-kaart/infra/backup/backup.sh /var/backups/sociale-kaart >>/var/log/sociale-kaart-backup.log 2>&1
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: infra/backup/backup.sh [BACKUP_DIR]

Writes BACKUP_DIR/sociale_kaart-YYYYMMDDTHHMMSSZ.dump (pg_dump custom format) and deletes dumps
there older than KEEP_DAYS days.

  BACKUP_DIR   where dumps go (default: $BACKUP_DIR, else /var/backups/sociale-kaart)

Environment:
  KEEP_DAYS     days to keep dumps (default 14; 0 keeps everything)
  COMPOSE_FILE  compose files to use, as for `docker compose` (e.g. in .env:
                docker-compose.yml:infra/compose.production.yml)
  DATABASE_URL  dump this database (postgres://user:password@host:port/name) with the client
                tools of this machine instead of through the compose `db` container
  PG_BIN_DIR    where those tools are (pg_dump, pg_restore, psql; default: PATH)

Without DATABASE_URL it runs `docker compose` from the repository root, so the `.env` there
(POSTGRES_PASSWORD, ...) is read, and the db service must be running. pg_dump cannot dump a
server of a newer major version: the script checks that first and stops with an error naming
both versions. Restore with infra/backup/restore.sh.
EOF
}

die() {
  echo "backup: $*" >&2
  exit 1
}

case "${1:-}" in
  -h | --help)
    usage
    exit 0
    ;;
  -*)
    usage >&2
    exit 2
    ;;
esac
[[ $# -le 1 ]] || {
  usage >&2
  exit 2
}

backup_dir="${1:-${BACKUP_DIR:-/var/backups/sociale-kaart}}"
keep_days="${KEEP_DAYS:-14}"
[[ "$keep_days" =~ ^[0-9]+$ ]] || die "KEEP_DAYS must be a whole number of days, not '$keep_days'"

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
[[ "$backup_dir" == /* ]] || backup_dir="$PWD/$backup_dir"
cd "$repo_root"
# shellcheck source=infra/backup/postgres-tools.sh
source "$repo_root/infra/backup/postgres-tools.sh"

if [[ -n "${DATABASE_URL:-}" ]]; then
  # The client tools of this machine, against DATABASE_URL.
  pg_dump_bin="$(pg_tool pg_dump)"
  pg_restore_bin="$(pg_tool pg_restore)"
  psql_bin="$(pg_tool psql)"
  dump() { "$pg_dump_bin" --dbname="$DATABASE_URL" "$@"; }
  dump_version() { "$pg_dump_bin" --version; }
  read_back() { "$pg_restore_bin" --list; }
  server_version() { "$psql_bin" --dbname="$DATABASE_URL" -XAtc 'SHOW server_version_num'; }
  echo "backup: dumping $(redact_url "$DATABASE_URL")"
else
  command -v docker >/dev/null || die "docker is not installed"
  docker compose ps --status running --services 2>/dev/null | grep -qx db || die "the db service is not running (docker compose up -d db)"
  # The variables are expanded inside the container, where the postgres image has set them.
  dump() { docker compose exec -T db sh -c 'exec pg_dump -U "$POSTGRES_USER" -d "$POSTGRES_DB" "$@"' pg_dump "$@"; }
  dump_version() { docker compose exec -T db pg_dump --version; }
  read_back() { docker compose exec -T db pg_restore --list; }
  server_version() { docker compose exec -T db sh -c 'exec psql -U "$POSTGRES_USER" -d "$POSTGRES_DB" -XAtc "SHOW server_version_num"'; }
fi
version_text="$(dump_version)" || die "cannot run pg_dump --version"
server_num="$(server_version)" || die "cannot connect to the database to read its version"
check_dump_version "$version_text" "$server_num"
mkdir -p "$backup_dir"

# Dumps hold personal data (contacts, editors): readable by the owner only.
umask 077
file="$backup_dir/sociale_kaart-$(date -u +%Y%m%dT%H%M%SZ).dump"
partial="$file.partial"
trap 'rm -f "$partial"' EXIT

# `|| die`: under `set -e` a failed pg_dump (lost connection, full disk) ends here, never in a dump.
dump --format=custom --compress=6 >"$partial" || die "pg_dump failed"
[[ -s "$partial" ]] || die "pg_dump wrote nothing"
read_back <"$partial" >/dev/null || die "the dump cannot be read back by pg_restore"
mv "$partial" "$file"
echo "backup: wrote $file ($(du -h "$file" | cut -f1))"

if [[ "$keep_days" -gt 0 ]]; then
  find "$backup_dir" -maxdepth 1 -type f -name 'sociale_kaart-*.dump' -mmin +$((keep_days * 24 * 60)) -print -delete |
    sed 's/^/backup: deleted /'
fi
