#!/usr/bin/env bash
# Runs the peers benchmark (issue 6): coro vs tokio current_thread,
# async-executor, futures LocalPool and Python asyncio on the same four
# workloads, and prints one table (Markdown).
#
#   bash benches/run_peers.sh            # 5 timed runs per cell (PEERS_RUNS)
#   PEERS_RUNS=3 bash benches/run_peers.sh
#   ECHO=1 bash benches/run_peers.sh     # then also the echo server bench
#                                        # (issue 13; ECHO_RUNS, default 3;
#                                        # ECHO_ONLY=coro|tokio|asyncio|uvloop
#                                        # runs one server alone)
#
# Set CARGO_TARGET_DIR as you like; the Rust side is built in release.
set -euo pipefail
cd "$(dirname "$0")/.."
py_results="$(mktemp)"
trap 'rm -f "$py_results"' EXIT
python3 benches/python/peers.py "$py_results" >&2
PEERS_PYTHON_RESULTS="$py_results" cargo bench -q -p coro-benches --bench peers
if [ "${ECHO:-0}" = 1 ]; then
    echo
    cargo bench -q -p coro-benches --bench echo
fi
