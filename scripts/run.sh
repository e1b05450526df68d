#!/usr/bin/env bash
# Installs what is missing, builds the release configuration and starts Postback Workbench.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset release
cmake --build --preset release --parallel "$(nproc)"
exec ./build/release/app/postback-workbench "$@"
