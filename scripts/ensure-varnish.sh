#!/bin/sh
# Makes sure varnishd and the xkey vmod are there for the edge tests (test/edge/) and `beitrag edge`: `npm test` runs
# this first, and so does .ci/run. Installs Debian's varnish and varnish-modules packages when either is missing; the
# tests never download Varnish of their own. VARNISHD names another varnishd binary to use instead.
set -eu

varnishd=${VARNISHD:-$(command -v varnishd 2>/dev/null || echo /usr/sbin/varnishd)}
# The real question, asked of varnishd itself: does a VCL that imports xkey (from varnish-modules) compile?
have_xkey() {
  [ -x "$varnishd" ] || return 1
  vcl=$(mktemp)
  printf 'vcl 4.1;\nimport xkey;\nbackend default none;\n' > "$vcl"
  chmod 644 "$vcl"
  if "$varnishd" -C -f "$vcl" >/dev/null 2>&1; then rm -f "$vcl"; return 0; fi
  rm -f "$vcl"
  return 1
}

if have_xkey; then
  exit 0
fi
if [ -n "${VARNISHD:-}" ] || [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-varnish: no varnishd with the xkey vmod at $varnishd. Install Debian's varnish and varnish-modules" \
    "packages as root (apt-get install varnish varnish-modules), or set VARNISHD to a varnishd binary" \
    "that finds the xkey vmod." >&2
  exit 1
fi

echo "ensure-varnish: installing Debian's varnish and varnish-modules packages" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends varnish varnish-modules
/usr/sbin/varnishd -V
