#!/bin/sh
# Makes sure a Chromium is there for the Swagger UI browser test (test/browser/): `npm test` runs this first, and
# so does .ci/run. Installs Debian's chromium package when /usr/bin/chromium is missing; the tests never download a
# browser of their own. CHROMIUM_PATH names another Chromium binary to use instead.
set -eu

chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ -x "$chromium" ]; then
  exit 0
fi
if [ -n "${CHROMIUM_PATH:-}" ] || [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: no Chromium at $chromium. Install Debian's chromium package as root" \
    "(apt-get install chromium), or set CHROMIUM_PATH to a Chromium binary." >&2
  exit 1
fi

echo "ensure-chromium: installing Debian's chromium package" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends chromium fonts-liberation
"$chromium" --version
