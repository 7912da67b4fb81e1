#!/usr/bin/env bash
# Builds test binaries and runs each under valgrind (memcheck), failing on
# any memory error or definite/possible leak:
#   tests/diff_borrows.rs        (coroutines with borrowed locals in pinned slots)
#   tests/panic_safety.rs        (homes when a Drop panics)
#   every test target of coro-runtime (its unit tests and runtime/tests/*.rs:
#   the loop, tasks, timers, to_thread, the combinators, panic safety, ...)
#
# Needs valgrind; if it is missing, the script installs it with apt-get (as
# root, or through sudo without a password) or, if it cannot, says so and
# exits 0 without checking anything ("SKIPPED"). NOT part of CI.
#
# Three reports are suppressed (the third: glibc's resolver state of an
# idle to_thread worker that looked a name up, alive at exit):
# - the test harness's main-thread handle, which std keeps in a thread-local
#   as a tagged pointer, so memcheck calls its 48 bytes "possibly lost"
#   (allocated in std::thread::current::init_current). Without the
#   suppression every Rust test binary fails --error-exitcode=1 on it.
# - the thread-local storage (dtv) of threads still running at exit: the
#   to_thread pool's workers wait a minute for more work before they exit,
#   so a test binary that used to_thread ends with idle workers alive, and
#   glibc's per-thread dtv (allocated in _dl_allocate_tls by pthread_create)
#   is "possibly lost". Nothing of coro's is in these blocks.
#
# Runtime tests that measure time (generous bounds natively) may run slower
# under valgrind; each binary runs its tests one at a time
# (--test-threads=1), which keeps memcheck's serialised threads predictable.
# Skipped by name, because they compare the order of timers 10 ms apart,
# which valgrind's slowness (translating code the first time it runs) can
# make fire in one round or out of order (not a memory error); the same
# code paths run in the other combinators tests:
#     combinators  gather_macro_gives_a_tuple_in_argument_order
#     combinators  gather_vec_gives_outputs_in_argument_order
#     combinators  as_completed_yields_in_completion_order
#     combinators  as_completed_over_tasks_gives_their_results
#
# Usage: scripts/valgrind.sh [test-harness args...]   (e.g. a name filter)
# Environment: CARGO_TARGET_DIR as for cargo; VALGRIND_FLAGS extra flags.
# Exits non-zero if a build fails or valgrind reports an error.
set -u

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

if ! command -v valgrind >/dev/null 2>&1; then
    echo "scripts/valgrind.sh: valgrind not found; trying apt-get" >&2
    if command -v apt-get >/dev/null 2>&1; then
        if [ "$(id -u)" = 0 ]; then
            apt-get update -qq >&2 && apt-get install -y -qq valgrind >&2
        elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            sudo -n apt-get update -qq >&2 && sudo -n apt-get install -y -qq valgrind >&2
        fi
    fi
    if ! command -v valgrind >/dev/null 2>&1; then
        echo "scripts/valgrind.sh: SKIPPED: valgrind is not installed and could not be installed (apt-get install valgrind)" >&2
        exit 0
    fi
fi

supp="$(mktemp)"
trap 'rm -f "$supp"' EXIT
cat >"$supp" <<'SUPP'
{
   rust-std-main-thread-handle-held-in-tls
   Memcheck:Leak
   match-leak-kinds: possible
   fun:malloc
   ...
   fun:*std*thread*current*init_current*
}
{
   glibc-resolver-state-of-idle-to-thread-workers
   Memcheck:Leak
   match-leak-kinds: definite
   fun:malloc
   ...
   fun:__resolv_conf_allocate
   ...
   fun:getaddrinfo
}
{
   glibc-tls-of-threads-alive-at-exit
   Memcheck:Leak
   match-leak-kinds: possible
   fun:calloc
   ...
   fun:_dl_allocate_tls
   ...
   fun:pthread_create*
}
SUPP

# Builds test targets and prints the paths of their executables.
build_all() {
    cargo test "$@" --no-run --message-format=json-render-diagnostics \
        | sed -n 's/.*"executable":"\([^"]*\)".*/\1/p'
}

# Builds one test target and prints the path of its executable.
build() {
    build_all "$@" | tail -n 1
}

failed=()
run() {
    local name="$1" bin="$2"
    shift 2
    if [ -z "$bin" ] || [ ! -x "$bin" ]; then
        echo "scripts/valgrind.sh: could not build $name" >&2
        failed+=("$name(build)")
        return
    fi
    echo "=== valgrind $bin"
    # shellcheck disable=SC2086
    # memcheck exits 1 on a memory error or leak; the harness 101 on a test
    # failure (under valgrind usually a timing assertion: see above).
    valgrind --error-exitcode=1 --leak-check=full --suppressions="$supp" \
        ${VALGRIND_FLAGS:-} "$bin" "$@"
    case $? in
        0) ;;
        101) failed+=("$name(test failure, no memory error)") ;;
        *) failed+=("$name(memory error)") ;;
    esac
}

run diff_borrows "$(build -p coro --test diff_borrows)" "$@"
run panic_safety "$(build -p coro --test panic_safety)" "$@"
runtime_bins="$(build_all -p coro-runtime --tests)"
if [ -z "$runtime_bins" ]; then
    failed+=("coro-runtime(build)")
fi
for bin in $runtime_bins; do
    base="$(basename "$bin" | sed 's/-[0-9a-f]*$//')"
    skips=()
    case "$base" in
        combinators)
            skips=(--skip gather_macro_gives_a_tuple_in_argument_order
                --skip gather_vec_gives_outputs_in_argument_order
                --skip as_completed_yields_in_completion_order
                --skip as_completed_over_tasks_gives_their_results)
            ;;
        callbacks)
            # Timers 5 ms apart checked against the clock: valgrind's
            # slowdown reorders them (not a memory error).
            skips=(--skip call_later_and_call_at_never_run_early_and_run_in_deadline_order)
            ;;
        process | signal)
            # valgrind 3.19 does not implement pidfd_open (syscall 434) and
            # follows forked children, reporting the child's copy of the
            # harness as leaked; in the signal tests it reports the task
            # wakers the process-lifetime signal registry still holds at
            # exit as "possibly lost" (pointers into their `Arc`s). Both
            # run natively in `cargo test`.
            echo "=== valgrind: skipping runtime:$base (see scripts/valgrind.sh)"
            continue
            ;;
    esac
    run "runtime:$base" "$bin" --test-threads=1 "${skips[@]}" "$@"
done

if [ ${#failed[@]} -ne 0 ]; then
    echo "scripts/valgrind.sh: FAILED: ${failed[*]}"
    exit 1
fi
echo "scripts/valgrind.sh: no errors"
