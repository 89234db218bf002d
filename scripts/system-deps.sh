#!/usr/bin/env bash
# Install the Debian packages compliance-docs uses, when they are missing and we may.
set -euo pipefail
mapfile -t packages < <(grep -v -e "^#" -e "^[[:space:]]*$" "$(dirname "$0")/debian-packages.txt")
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
  echo "note: missing Debian packages ${missing[*]}; scanned pages will be reported unreadable" >&2
  exit 0
fi
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "installing ${missing[*]}" >&2
$SUDO apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
