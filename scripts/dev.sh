#!/usr/bin/env bash
# Set up ceksilang in ./.venv and run the demo or the tests. Needs only python3 (3.11+) and bash.
#   bash scripts/dev.sh demo   # set up, analyse examples/demo, write out/demo/briefing.{json,md,html}
#   bash scripts/dev.sh test   # set up (and Chromium for browser tests when run as root), run the tests
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
VENV=.venv

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

apt_install() {
  # Debian packages, only when we are root and they are missing
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing Debian packages: $*"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    echo "please install the Debian packages: $*" >&2
    return 1
  fi
}

setup() {
  if [ ! -x "$VENV/bin/python" ]; then
    log "creating $VENV"
    if ! "$PY" -m venv "$VENV" 2>/dev/null; then
      rm -rf "$VENV"
      apt_install python3-venv
      "$PY" -m venv "$VENV"
    fi
  fi
  local stamp="$VENV/.ceksilang-installed"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ requirements.lock -nt "$stamp" ]; then
    log "installing ceksilang and its dependencies"
    "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
    "$VENV/bin/python" -m pip install -q -c requirements.lock -e ".[web,test,spark,watch]"
    touch "$stamp"
  fi
}

system_deps() {
  # Chromium for the browser tests, a JVM for the PySpark tests; skipped (with a reason) without them
  command -v chromium >/dev/null || apt_install chromium || echo "browser tests will be skipped" >&2
  command -v java >/dev/null || apt_install openjdk-17-jre-headless || echo "Spark tests will be skipped" >&2
}

case "${1:-}" in
  demo)
    setup
    rm -rf out/demo
    log "analysing examples/demo"
    set +e
    "$VENV/bin/ceksilang" analyze examples/demo --out out/demo --no-progress
    status=$?
    set -e
    # the demo plants one broken input on purpose: exit 1 (some inputs failed) is expected
    [ "$status" -le 1 ] || exit "$status"
    log "open out/demo/briefing.html (or read out/demo/briefing.md)"
    ;;
  test)
    setup
    system_deps
    shift
    "$VENV/bin/python" -m pytest -q "$@"
    ;;
  setup)
    setup
    ;;
  *)
    echo "usage: bash scripts/dev.sh demo|test|setup" >&2
    exit 2
    ;;
esac
