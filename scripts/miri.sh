#!/usr/bin/env bash
# Runs the coroutine test suites under Miri, with both aliasing models:
# Stacked Borrows (Miri's default) and Tree Borrows (-Zmiri-tree-borrows).
# It checks dynamically what ARCHITECTURE.md ("Borrows across a suspension")
# argues statically for the unsafe code in runtime/src/slots.rs: no dangling,
# aliased, uninitialised or moved access through a slot.
#
# Needs a nightly toolchain with the miri and rust-src components; if they
# are missing and rustup is available, the script installs them:
#     rustup toolchain install nightly --component miri rust-src
# This is NOT part of CI (it is slow: a few minutes per borrow model).
#
# Usage: scripts/miri.sh [stacked|tree]...    (default: both models)
#        MIRI_SUITES="panic_safety runtime:panic_safety" scripts/miri.sh
#   MIRI_SUITES  only the named suites (a test file of `coro`, or
#                `runtime:NAME` for one of coro-runtime, `runtime:lib` for
#                its unit tests), with their skips; an unknown name is an
#                error
# Environment:
#   CARGO_TARGET_DIR  where to build (default: target/miri-script, so that the
#                     RUSTFLAGS below do not invalidate other Miri builds)
#   MIRIFLAGS         extra flags, added to each model's own flags
# Exits non-zero if any test file fails (a test failure or Miri reporting UB)
# under any model.
#
# What is built and skipped, and why:
# - RUSTFLAGS="--cfg polling_test_poll_backend": makes the `polling` crate use
#   poll(2) instead of epoll. Its epoll backend calls timerfd_create, which
#   Miri does not implement, so without this every test that goes through
#   `coro::run` would stop with "unsupported operation". The cfg changes only
#   how the reactor waits; the coroutine code under test is the same.
# - `--features stream` so that async_generators' Stream test is built too.
# - Skipped by name, because Miri cannot run them (not because they fail):
#     diff_drops        temporary_borrowed_across_await  (trybuild: runs cargo)
#     diff_control      await_in_match_guard             (trybuild: runs cargo)
#     generators        example_generators_output        (runs cargo)
#     async_generators  the_agen_example_prints_ticks_and_squares (runs cargo)
#     async_generators  async_for_over_as_completed_yields_in_completion_order
#                       (compares the order of 10/20/30 ms timers: under
#                       Miri's clock the timers are armed too far apart)
# - runtime:panic_safety runs only the tests of the unsafe code it covers
#   (gather's and as_completed's pinned children whose Drop panics), by name
#   filter: the others sleep in the reactor, whose ppoll(2) Miri does not
#   implement, and test safe code (the loop, tasks, the to_thread pool).
# - runtime:task_model runs only gather_settled's pinned children (`settle`)
#   and the kept panic payloads, for the same reason; not
#   an_unretrieved_payload_whose_drop_panics_does_not_unwind_the_dropper,
#   whose second panic payload is forgotten on purpose (a leak to Miri).
set -u

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

if ! cargo +nightly miri --version >/dev/null 2>&1; then
    if command -v rustup >/dev/null 2>&1; then
        echo "scripts/miri.sh: installing nightly with miri and rust-src" >&2
        rustup component add --toolchain nightly miri rust-src >&2 \
            || rustup toolchain install nightly --profile minimal --component miri rust-src >&2 \
            || true
        cargo +nightly miri setup >&2 || true
    fi
    if ! cargo +nightly miri --version >/dev/null 2>&1; then
        echo "scripts/miri.sh: needs 'cargo +nightly miri' (rustup toolchain install nightly --component miri rust-src)" >&2
        exit 2
    fi
fi

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target/miri-script}"
export RUSTFLAGS="--cfg polling_test_poll_backend"
extra_miriflags="${MIRIFLAGS:-}"

models=("$@")
[ ${#models[@]} -eq 0 ] && models=(stacked tree)

# test file (`runtime:NAME` for coro-runtime's), then its harness filters
suites=(
    "panic_safety"
    "diff_panics"
    "runtime:panic_safety gather_counts_a_child as_completed_keeps_the_output"
    "diff_borrows"
    "diff_closures"
    "diff_operand_order"
    "diff_lowering"
    "dangling_held"
    "diff_home_moves"
    "diff_leftovers"
    "diff_partial_moves"
    "diff_temporaries"
    "diff_awaited_fields"
    "review_fields"
    "diff_struct_update"
    "diff_guard_views"
    "diff_stored_borrows"
    "diff_destructuring"
    "diff_slice_patterns"
    "diff_builder_chains"
    "diff_borrowed_values"
    "diff_home_probes"
    "runtime:lib moved_field"
    "diff_receiver_check"
    "diff_drops --skip temporary_borrowed_across_await"
    "diff_control --skip await_in_match_guard"
    "generators --skip example_generators_output"
    "async_generators --skip the_agen_example_prints_ticks_and_squares --skip async_for_over_as_completed_yields_in_completion_order"
    "generator_control"
    "runtime:task_model settle task_panic_from task_error_keeps a_panicking_destructor"
    "runtime:review_combinations miri_"
)

if [ -n "${MIRI_SUITES:-}" ]; then
    wanted=()
    for suite in "${suites[@]}"; do
        read -r -a words <<<"$suite"
        for name in $MIRI_SUITES; do
            [ "$name" = "${words[0]}" ] && wanted+=("$suite")
        done
    done
    for name in $MIRI_SUITES; do
        known=no
        for suite in "${wanted[@]}"; do
            read -r -a words <<<"$suite"
            [ "$name" = "${words[0]}" ] && known=yes
        done
        if [ "$known" = no ]; then
            echo "scripts/miri.sh: unknown suite '$name' in MIRI_SUITES (add it to the list in this script)" >&2
            exit 2
        fi
    done
    suites=("${wanted[@]}")
fi

failed=()
summary=()
for model in "${models[@]}"; do
    case "$model" in
        stacked) flags="" ;;
        tree) flags="-Zmiri-tree-borrows" ;;
        *) echo "scripts/miri.sh: unknown model '$model' (stacked|tree)" >&2; exit 2 ;;
    esac
    export MIRIFLAGS="$flags${extra_miriflags:+ $extra_miriflags}"
    for suite in "${suites[@]}"; do
        read -r -a words <<<"$suite"
        test="${words[0]}"
        args=("${words[@]:1}")
        case "$test" in
            runtime:*) package=(-p coro-runtime) ;;
            *) package=(-p coro --features stream) ;;
        esac
        # `runtime:lib`: coro-runtime's unit tests (the unsafe of
        # `moved_field.rs` is tested there).
        target=(--test "${test#runtime:}")
        [ "$test" = "runtime:lib" ] && target=(--lib)
        echo "=== miri ($model borrows) ${target[*]} ${args[*]}"
        start=$SECONDS
        if cargo +nightly miri test "${package[@]}" "${target[@]}" -- "${args[@]}"; then
            result=ok
        else
            result=FAILED
            failed+=("$model/$test")
        fi
        summary+=("$(printf '%-8s %-22s %-6s %4ss' "$model" "$test" "$result" $((SECONDS - start)))")
    done
done

echo
echo "=== scripts/miri.sh summary"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -ne 0 ]; then
    echo "FAILED: ${failed[*]}"
    exit 1
fi
echo "all passed"
