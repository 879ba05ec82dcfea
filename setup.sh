#!/usr/bin/env bash
# Installs what is missing (Debian 12, as root), then configures and builds
# vbtool, its tests and its benchmark in build/. Idempotent: quick when done.
set -euo pipefail
cd "$(dirname "$0")"

packages=(g++ cmake make pkg-config libicu-dev libcli11-dev libyaml-cpp-dev libfmt-dev doctest-dev
          libre2-dev nlohmann-json3-dev graphviz python3 libcsv-dev python3-jsonschema)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

jobs=$(nproc 2>/dev/null || echo 2)
if [ ! -f build/CMakeCache.txt ]; then
  cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build build -j"$jobs" >/dev/null
