#!/usr/bin/env bash
# Installs the dependencies, builds newsgraph and builds the knowledge graph of the bundled examples:
# writes out/examples.{json,graphml,gexf} and prints a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
mkdir -p out
./build/newsgraph build examples/ -o out/examples.json -o out/examples.graphml -o out/examples.gexf
