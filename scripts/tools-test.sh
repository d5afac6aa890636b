#!/usr/bin/env bash
# Installs what the tests need beyond the build tools: Debian's Chromium and ChromeDriver,
# a CJK font (or Chinese renders as boxes in screenshots), and npm playwright-core (which
# drives /usr/bin/chromium; it never downloads a browser of its own) and lighthouse.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)
if [ ${#need[@]} -gt 0 ]; then
  echo "==> apt-get install ${need[*]}"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi
if ! [ -d "$here/tests/e2e/node_modules/playwright-core" ] || ! [ -x "$here/tests/e2e/node_modules/.bin/lighthouse" ]; then
  # `npm ci` refuses this lock file (npm 11 reports lighthouse's third-party-web as
  # missing from it); `npm install --no-save` installs the locked versions all the same.
  echo "==> npm install (tests/e2e: playwright-core, lighthouse)"
  (cd "$here/tests/e2e" && npm install --no-audit --no-fund --no-save --silent)
fi
