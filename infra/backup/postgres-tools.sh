# Shared by backup.sh and restore.sh (sourced, not run): where the PostgreSQL client tools are,
# and the version check that pg_dump needs.

# The path of a client tool: from PG_BIN_DIR when set, else from PATH.
pg_tool() {
  local name="$1"
  if [[ -n "${PG_BIN_DIR:-}" ]]; then
    [[ -x "$PG_BIN_DIR/$name" ]] || die "PG_BIN_DIR=$PG_BIN_DIR has no $name"
    echo "$PG_BIN_DIR/$name"
  else
    command -v "$name" || die "$name is not on PATH (install the PostgreSQL client tools, or set PG_BIN_DIR)"
  fi
}

# A database URL without its password, for messages.
redact_url() {
  sed -E 's#(://[^:/@]*):[^@]*@#\1:***@#' <<<"$1"
}

# The major version in `pg_dump --version` output ("pg_dump (PostgreSQL) 17.2 (Debian 17.2-1)" → 17).
tool_major() {
  sed -nE 's/^[^0-9]*\) ([0-9]+)[.0-9]*.*$/\1/p; t; s/^[^0-9]*([0-9]+).*$/\1/p' <<<"$1" | head -n 1
}

# Stops with a clear error when pg_dump is older than the server: it refuses to dump a server of a
# newer major version ("aborting because of server version mismatch"), and a dump of a newer
# server may not be restorable by older tools. $1: `pg_dump --version` output; $2: the server's
# server_version_num (170002 → 17).
check_dump_version() {
  local dump_version="$1" server_num="$2" dump_major server_major
  dump_major="$(tool_major "$dump_version")"
  [[ "$dump_major" =~ ^[0-9]+$ ]] || die "cannot read the version of pg_dump from '$dump_version'"
  [[ "$server_num" =~ ^[0-9]+$ ]] || die "cannot read the server's version (server_version_num '$server_num')"
  server_major=$((server_num / 10000))
  if ((dump_major < server_major)); then
    die "pg_dump $dump_major is older than the PostgreSQL $server_major server and cannot dump it: use the client tools of PostgreSQL $server_major or newer (set PG_BIN_DIR to their bin folder)"
  fi
}
