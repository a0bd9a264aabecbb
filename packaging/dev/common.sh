# Shared by packaging/dev/run and packaging/dev/test: bootstrap, configure, build.
# Sourced, not executed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${CHARTROOM_BUILD_DIR:-$ROOT/build}"
TOOLS_BIN="$ROOT/.tools/bin"

step() { printf '\n==> %s\n' "$*"; }

setup_and_build() {
  step "Bootstrap (Debian packages, pinned helm/kubectl)"
  "$ROOT/packaging/dev/bootstrap.sh"

  local werror=OFF
  [[ "${CI:-}" == "true" ]] && werror=ON
  if [[ ! -f "$BUILD/CMakeCache.txt" ]]; then
    step "Configure ($BUILD)"
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHARTROOM_WERROR="$werror"
  elif [[ "$werror" == ON ]]; then
    cmake -S "$ROOT" -B "$BUILD" -DCHARTROOM_WERROR=ON >/dev/null
  fi
  step "Build"
  cmake --build "$BUILD" --parallel "$(nproc)"
}
