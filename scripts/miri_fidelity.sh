#!/usr/bin/env bash
# Runs programs of the fidelity generator that have homes (a local borrowed
# across an await) under Miri, batch by batch, until SAMPLE such programs
# ran (issue 12: "the program generator run under Miri on a sample").
# Not part of CI (Miri is slow).
#
# Usage: scripts/miri_fidelity.sh            (SAMPLE=200 BATCH=600 SEED=1)
# Each batch: `coro-fidelity` generates and checks BATCH programs natively
# (classes that borrow across awaits), `coro-expand` tells which have homes,
# and the batch binary runs exactly those under `cargo +nightly miri run`
# (Stacked Borrows; MIRIFLAGS=-Zmiri-tree-borrows for Tree Borrows).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
sample="${SAMPLE:-200}"
batch="${BATCH:-600}"
seed="${SEED:-1}"
classes="${CLASSES:-borrow-across-await,ref-pattern,temp-borrowed,await-macro,await-scrutinee,move-pattern}"
if ! cargo +nightly miri --version >/dev/null 2>&1; then
    rustup component add --toolchain nightly miri rust-src || {
        echo "scripts/miri_fidelity.sh: SKIPPED: no nightly toolchain with miri" >&2
        exit 0
    }
fi
cargo build -q --release -p coro-transform --bin coro-expand
expand="$root/target/release/coro-expand"
ran=0
while [ "$ran" -lt "$sample" ]; do
    echo "=== batch seed $seed: generating and checking $batch programs natively"
    cargo run -q -p coro-fidelity -- --programs "$batch" --seed "$seed" --classes "$classes" | tail -1
    homed=()
    for f in target/fidelity/src/c*.rs; do
        if "$expand" "$f" 2>/dev/null | grep -q 'pinned_machine\|__coro_home'; then
            n="${f##*/c}"
            homed+=("${n%.rs}")
        fi
    done
    echo "=== seed $seed: ${#homed[@]} programs with homes; running them under Miri"
    if [ "${#homed[@]}" -gt 0 ]; then
        (cd target/fidelity &&
            RUSTFLAGS="--cfg polling_test_poll_backend" CARGO_TARGET_DIR=target/miri \
                cargo +nightly miri run -q -- "${homed[@]}" > miri.out)
        if grep -q 'MISMATCH' target/fidelity/miri.out; then
            grep 'MISMATCH' target/fidelity/miri.out
            echo "FAILED: a program differs under Miri (seed $seed)"
            exit 1
        fi
        ok=$(grep -c '@@RESULT .* OK' target/fidelity/miri.out || true)
        echo "=== seed $seed: $ok of ${#homed[@]} clean under Miri"
        ran=$((ran + ok))
    fi
    seed=$((seed + 1))
done
echo "all passed: $ran programs with homes ran clean under Miri"
