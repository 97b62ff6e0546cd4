#!/bin/sh
# Install the system packages the test suite's real servers need (Debian/Ubuntu, run as root).
# Idempotent: a warm machine only runs dpkg -s and exits.
set -eu

PACKAGES="dovecot-imapd postgresql chromium isync wrk nodejs"

missing=""
for pkg in $PACKAGES; do
    # dpkg -s succeeds for removed-but-configured packages too, so check the status line.
    if ! dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed'; then
        missing="$missing $pkg"
    fi
done

# npm (for axe-core) ships inside some nodejs builds and as its own package in Debian's.
if ! command -v npm >/dev/null 2>&1; then
    missing="$missing npm"
fi

if [ -z "$missing" ]; then
    echo "install-system-deps: all present ($PACKAGES), nothing to do"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "install-system-deps: missing:$missing; re-run as root" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# The tests start their own dovecot/postgres instances, so keep postinst from starting system
# services (policy-rc.d exit 101 = "action forbidden"); only ours is removed afterwards.
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
apt-get update -q >/dev/null
apt-get install -y -q --no-install-recommends $missing >/dev/null
echo "install-system-deps: installed$missing"
