# tools/lib.sh: shared steps of tools/check and tools/demo (sourced, not run).
# Everything runs as root; the PostgreSQL server runs as user postgres (it refuses root).
#
# Environment:
#   OPCODE_PRIVATE=1   install into a private relocated copy of PostgreSQL under
#                      /tmp/opcode-pg.<hash of this tree> instead of the system directories
#                      (lets several work trees on one machine test side by side)
#   OPCODE_PORT        port of the throwaway cluster (default: derived from the tree path)
#   OPCODE_DATA        where the big corpora live (default: ../shared/data)

PGVER=15
export LANG=C.UTF-8 LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive
SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SYS_PG_CONFIG=/usr/lib/postgresql/$PGVER/bin/pg_config   # not /usr/bin/pg_config: that wrapper picks the newest
tree_hash=$(printf %s "$SRC" | cksum | cut -d' ' -f1)
OPCODE_PORT=${OPCODE_PORT:-$((20000 + tree_hash % 20000))}
OPCODE_DATA=${OPCODE_DATA:-$(cd "$SRC/.." && pwd)/shared/data}

log() { printf '== %s\n' "$*"; }

ensure_packages() {
  local pkgs=(postgresql-$PGVER postgresql-server-dev-$PGVER postgresql-contrib libicu-dev pkg-config make gcc
              libipc-run-perl libxml2-utils xz-utils clang-14 libclang-rt-14-dev "$@")
  local missing=() p
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  log "installing: ${missing[*]}"
  apt-get update -qq
  # Pin server-dev to the installed server's version: otherwise apt also upgrades the
  # server and libpq (same source package) to the newest security build.
  local srv pinned=()
  srv=$(dpkg-query -W -f='${Version}' postgresql-$PGVER 2>/dev/null || true)
  for p in "${missing[@]}"; do
    if [[ $p == postgresql-server-dev-$PGVER && -n $srv ]]; then pinned+=("$p=$srv"); else pinned+=("$p"); fi
  done
  apt-get install -y -qq --no-install-recommends "${pinned[@]}" >/dev/null ||
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Sets PGROOT ('' = system), PGBIN, DESTDIR_ARG.
choose_install_root() {
  if [[ ${OPCODE_PRIVATE:-0} == 1 ]]; then
    PGROOT=/tmp/opcode-pg.$tree_hash
    if [[ ! -x $PGROOT/usr/lib/postgresql/$PGVER/bin/postgres ]]; then
      mkdir -p "$PGROOT/usr/lib/postgresql" "$PGROOT/usr/share/postgresql"
      cp -a /usr/lib/postgresql/$PGVER "$PGROOT/usr/lib/postgresql/"
      cp -a /usr/share/postgresql/$PGVER "$PGROOT/usr/share/postgresql/"
    fi
    DESTDIR_ARG=(DESTDIR="$PGROOT")
  else
    PGROOT=
    DESTDIR_ARG=()
  fi
  PGBIN=$PGROOT/usr/lib/postgresql/$PGVER/bin
}

build_and_install() {
  choose_install_root
  log "$($SYS_PG_CONFIG --version), ICU $(pkg-config --modversion icu-uc)"
  make -C "$SRC" -s -j"$(nproc)" PG_CONFIG="$SYS_PG_CONFIG" with_llvm=no
  make -C "$SRC" -s install PG_CONFIG="$SYS_PG_CONFIG" with_llvm=no "${DESTDIR_ARG[@]}" >/dev/null
}

as_pg() { runuser -u postgres -- "$@"; }

# Starts a throwaway cluster owned by postgres in $WORK (a postgres-owned copy of the
# tree, since postgres may not be able to read the checkout).  Sets PGHOST/PGPORT/PGUSER.
start_cluster() {
  WORK=$(mktemp -d /tmp/opcode-run.XXXXXX)
  chmod 755 "$WORK"
  mkdir -p "$WORK/tree" "$WORK/sock"
  tar -C "$SRC" --exclude=.git -cf - . | tar -C "$WORK/tree" -xf -
  chown -R postgres:postgres "$WORK"
  trap stop_cluster EXIT
  as_pg "$PGBIN/initdb" -D "$WORK/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  as_pg "$PGBIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w -t 60 \
    -o "-p $OPCODE_PORT -k $WORK/sock -c listen_addresses='' -c fsync=off -c max_worker_processes=8 -c max_parallel_workers=4" start >/dev/null
  export PGHOST=$WORK/sock PGPORT=$OPCODE_PORT PGUSER=postgres PGDATABASE=postgres
}

stop_cluster() {
  [[ -n ${WORK:-} && -d $WORK ]] || return 0
  as_pg "$PGBIN/pg_ctl" -D "$WORK/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
