#!/usr/bin/env bash
# Dumps the PostgreSQL database of the compose deployment (pg_dump custom format, run inside the
# `db` container) to a dated file, checks that the dump can be read back, and deletes dumps older
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

Runs `docker compose` from the repository root, so the `.env` there (POSTGRES_PASSWORD, ...) is
read. The db service must be running. Restore with infra/backup/restore.sh.
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

command -v docker >/dev/null || die "docker is not installed"
docker compose ps --status running --services 2>/dev/null | grep -qx db || die "the db service is not running (docker compose up -d db)"
mkdir -p "$backup_dir"

# Dumps hold personal data (contacts, editors): readable by the owner only.
umask 077
file="$backup_dir/sociale_kaart-$(date -u +%Y%m%dT%H%M%SZ).dump"
partial="$file.partial"
trap 'rm -f "$partial"' EXIT

# The variables are expanded inside the container, where the postgres image has set them.
docker compose exec -T db sh -c 'exec pg_dump --format=custom --compress=6 -U "$POSTGRES_USER" -d "$POSTGRES_DB"' >"$partial"
[[ -s "$partial" ]] || die "pg_dump wrote nothing"
docker compose exec -T db pg_restore --list <"$partial" >/dev/null || die "the dump cannot be read back by pg_restore"
mv "$partial" "$file"
echo "backup: wrote $file ($(du -h "$file" | cut -f1))"

if [[ "$keep_days" -gt 0 ]]; then
  find "$backup_dir" -maxdepth 1 -type f -name 'sociale_kaart-*.dump' -mmin +$((keep_days * 24 * 60)) -print -delete |
    sed 's/^/backup: deleted /'
fi
