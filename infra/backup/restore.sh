#!/usr/bin/env bash
# Restores a dump made by backup.sh into the `db` container: stops the API, replaces every object
# in the database with the dump's (pg_restore --clean --if-exists) in one transaction, and starts
# the API again, which applies any newer migrations at start.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: infra/backup/restore.sh [--yes] DUMP_FILE

Restores DUMP_FILE (pg_dump custom format, from infra/backup/backup.sh) into the database of the
compose deployment, replacing what is there. The API is stopped meanwhile and started again after.
The restore runs in a single transaction: if it fails, the database is left as it was.

  --yes        do not ask for confirmation (needed when not run from a terminal)

Environment:
  COMPOSE_FILE  compose files to use, as for `docker compose`

Runs `docker compose` from the repository root, so the `.env` there is read.
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
command -v docker >/dev/null || die "docker is not installed"

if [[ "$assume_yes" != true ]]; then
  [[ -t 0 ]] || die "not a terminal: pass --yes to restore without confirmation"
  read -r -p "Replace the contents of the sociale_kaart database with $dump? [y/N] " answer
  [[ "$answer" =~ ^[Yy]([Ee][Ss])?$ ]] || die "cancelled"
fi

docker compose up -d --wait db
docker compose exec -T db pg_restore --list <"$dump" >/dev/null || die "$dump is not a pg_dump custom-format archive"

# Start the API again however the restore ends: a failed restore has changed nothing.
api_was_running=false
if docker compose ps --status running --services | grep -qx api; then api_was_running=true; fi
restart_api() {
  if [[ "$api_was_running" == true ]]; then docker compose start api >/dev/null && echo "restore: started the API"; fi
}
trap restart_api EXIT
docker compose stop api >/dev/null 2>&1 || true

echo "restore: restoring $dump"
docker compose exec -T db sh -c \
  'exec pg_restore --clean --if-exists --no-owner --single-transaction -U "$POSTGRES_USER" -d "$POSTGRES_DB"' <"$dump"
echo "restore: database restored"

cat <<'EOF'
restore: The search indexes are derived from PostgreSQL and are now out of date. Rebuild them:
           docker compose exec api node api/dist/cli/reindex.js
EOF
if [[ "$api_was_running" != true ]]; then
  echo "restore: the API was not running; start it with: docker compose up -d api"
fi
