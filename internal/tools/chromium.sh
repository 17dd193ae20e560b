#!/bin/sh
# Starts the system's Chromium for headless tests. Chromium refuses to run
# as root without --no-sandbox; test machines often run as root.
for c in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
  if [ -x "$c" ]; then
    if [ "$(id -u)" = 0 ]; then
      exec "$c" --no-sandbox "$@"
    fi
    exec "$c" "$@"
  fi
done
echo "Chromium is missing: install it (Debian: apt-get install -y chromium)" >&2
exit 1
