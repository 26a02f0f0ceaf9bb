#!/usr/bin/env bash
# Installs Debian's chromium when /usr/bin/chromium is missing: the runs page test
# (org.rgo.ops.http.RunsPageInChromiumTest) and scripts/screenshot.sh open pages with it.
# Needs root (CI runs as root) and Debian's package mirror; does nothing when chromium is there.
set -euo pipefail

if [[ -x /usr/bin/chromium ]]; then
    exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
    echo "install-chromium.sh: /usr/bin/chromium is missing; run as root: apt-get install chromium" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
/usr/bin/chromium --version
