#!/bin/sh
# with-keyring.sh COMMAND [ARGS...]
#
# Runs COMMAND inside a private D-Bus session with a fresh, unlocked gnome-keyring (Secret
# Service), so QtKeychain tests work on headless machines and never touch the user's keyring.
# Recipe and pitfalls: docs toolchain.md §6 — the keyring must be unlocked *before* anything
# else starts the daemon, and its files live in a throw-away directory removed afterwards.
# Exits with COMMAND's exit code; fails loudly when a needed tool is missing.
set -u

if [ $# -eq 0 ]; then
    echo "usage: with-keyring.sh COMMAND [ARGS...]" >&2
    exit 2
fi

missing=""
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
# QtKeychain dlopen()s libsecret; without it every keychain call fails with "Unknown error".
if ! /sbin/ldconfig -p 2>/dev/null | grep -q 'libsecret-1\.so\.0'; then
    missing="$missing libsecret-1.so.0"
fi
if [ -n "$missing" ]; then
    echo "with-keyring.sh: FATAL: missing:$missing" >&2
    echo "with-keyring.sh: install the packages dbus gnome-keyring libsecret-1-0 (packaging/dev/bootstrap.sh)" >&2
    exit 127
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/chartroom-keyring.XXXXXX") || {
    echo "with-keyring.sh: FATAL: cannot create a temporary directory" >&2
    exit 1
}
trap 'rm -rf "$dir"' EXIT
trap 'rm -rf "$dir"; exit 130' INT
trap 'rm -rf "$dir"; exit 143' TERM
mkdir -m 0700 "$dir/runtime" "$dir/home" "$dir/data" "$dir/config" "$dir/cache"

# The keyring's files go to XDG_DATA_HOME (…/keyrings), its sockets to XDG_RUNTIME_DIR.
export HOME="$dir/home"
export XDG_DATA_HOME="$dir/data"
export XDG_CONFIG_HOME="$dir/config"
export XDG_CACHE_HOME="$dir/cache"
export XDG_RUNTIME_DIR="$dir/runtime"
# A random password for a keyring that only lives as long as this run.
CHARTROOM_KEYRING_PASSWORD=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
export CHARTROOM_KEYRING_PASSWORD

# No keyring prompt may ever pop up on a developer's desktop: the bus (which starts gcr-prompter)
# and the daemon run without DISPLAY/WAYLAND_DISPLAY; the command gets them back.
CHARTROOM_KEYRING_DISPLAY=${DISPLAY-}
CHARTROOM_KEYRING_WAYLAND_DISPLAY=${WAYLAND_DISPLAY-}
export CHARTROOM_KEYRING_DISPLAY CHARTROOM_KEYRING_WAYLAND_DISPLAY
unset DISPLAY WAYLAND_DISPLAY

# dbus-run-session prints "Failed to set fd limit to 65536: Operation not permitted"
# when not root: harmless.
dbus-run-session -- sh -c '
    printf %s "$CHARTROOM_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || {
        echo "with-keyring.sh: FATAL: gnome-keyring-daemon --unlock failed" >&2
        exit 125
    }
    unset CHARTROOM_KEYRING_PASSWORD
    # The daemon claims org.freedesktop.secrets a moment after --unlock returns; a test that
    # starts earlier makes D-Bus activate a second, locked daemon. Wait for the name, and keep
    # its owner: the daemon outlives the session bus, so it is stopped explicitly afterwards.
    keyring_pid=""
    tries=0
    while [ -z "$keyring_pid" ] && [ $tries -lt 100 ]; do
        keyring_pid=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null |
            awk "{print \$2}")
        [ -n "$keyring_pid" ] || sleep 0.05
        tries=$((tries + 1))
    done
    if [ -z "$keyring_pid" ]; then
        echo "with-keyring.sh: FATAL: no Secret Service on the session bus after unlocking gnome-keyring" >&2
        exit 125
    fi
    [ -z "$CHARTROOM_KEYRING_DISPLAY" ] || export DISPLAY="$CHARTROOM_KEYRING_DISPLAY"
    [ -z "$CHARTROOM_KEYRING_WAYLAND_DISPLAY" ] || export WAYLAND_DISPLAY="$CHARTROOM_KEYRING_WAYLAND_DISPLAY"
    unset CHARTROOM_KEYRING_DISPLAY CHARTROOM_KEYRING_WAYLAND_DISPLAY
    "$@"
    rc=$?
    kill "$keyring_pid" 2>/dev/null
    exit $rc
' with-keyring "$@"
rc=$?
exit $rc
