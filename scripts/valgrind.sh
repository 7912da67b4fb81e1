#!/usr/bin/env bash
# Builds two test binaries and runs each under valgrind (memcheck), failing on
# any memory error or definite/possible leak:
#   tests/diff_borrows.rs        (coroutines with borrowed locals in pinned slots)
#   runtime/tests/not_unpin.rs   (!Unpin awaitables pinned by gather/wait_for/...)
#
# Needs valgrind. NOT part of CI.
#
# One report is suppressed: the test harness's main-thread handle, which std
# keeps in a thread-local as a tagged pointer, so memcheck calls its 48 bytes
# "possibly lost" (allocated in std::thread::current::init_current). Without
# the suppression every Rust test binary fails --error-exitcode=1 on it.
#
# Usage: scripts/valgrind.sh [test-harness args...]   (e.g. a name filter)
# Environment: CARGO_TARGET_DIR as for cargo; VALGRIND_FLAGS extra flags.
# Exits non-zero if a build fails or valgrind reports an error.
set -u

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

if ! command -v valgrind >/dev/null 2>&1; then
    echo "scripts/valgrind.sh: valgrind not found" >&2
    exit 2
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
SUPP

# Builds one test target and prints the path of its executable.
build() {
    cargo test "$@" --no-run --message-format=json-render-diagnostics \
        | sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -n 1
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
    if ! valgrind --error-exitcode=1 --leak-check=full --suppressions="$supp" \
        ${VALGRIND_FLAGS:-} "$bin" "$@"; then
        failed+=("$name")
    fi
}

run diff_borrows "$(build -p coro --test diff_borrows)" "$@"
run not_unpin "$(build -p coro-runtime --test not_unpin)" "$@"

if [ ${#failed[@]} -ne 0 ]; then
    echo "scripts/valgrind.sh: FAILED: ${failed[*]}"
    exit 1
fi
echo "scripts/valgrind.sh: no errors"
