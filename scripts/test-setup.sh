#!/usr/bin/env bash
# System packages the test suite drives for real: Debian's chromium for the
# browser tests (Playwright's own browser download does not work here), and
# nginx for the test of deploy/nginx.conf.
# Installs only when missing and when it can (root with apt-get); otherwise the
# browser tests skip with a message locally, and fail in CI (VERKSTED_CI=1).
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test-setup: installing ${need[*]} from Debian's packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "test-setup: ${need[*]} missing and cannot be installed here (not root); browser and proxy tests will skip" >&2
  fi
fi
