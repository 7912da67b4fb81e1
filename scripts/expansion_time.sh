#!/usr/bin/env bash
# Expansion time of #[coro::coroutine] on a 500-statement body, for two
# revisions side by side in one run (ratios, not absolute times: this machine
# is shared and noisy).
#
# Usage: scripts/expansion_time.sh [BASE_REV [NEW_REV]]   (default: HEAD~1 HEAD;
#        NEW_REV "." means the work tree as it is)
# Environment: STATEMENTS (default 500), RUNS (default 20, per revision and round),
#              ROUNDS (default 3, alternating the revisions)
#
# Each revision's `coro-expand` is built in release mode in a temporary git
# worktree; each round times RUNS expansions of the same generated file with
# each binary in turn. Prints the median time per expansion of each revision.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
base="${1:-HEAD~1}"
new="${2:-HEAD}"
statements="${STATEMENTS:-500}"
runs="${RUNS:-20}"
rounds="${ROUNDS:-3}"
work="$(mktemp -d)"
trap 'cd "$root"; for d in "$work"/rev-*; do [ -d "$d" ] && git worktree remove --force "$d" >/dev/null 2>&1; done; rm -rf "$work"' EXIT

# The body: lets, awaits in operands, if/else and loops that suspend, matches.
gen() {
    echo '#[coro::coroutine] fn tick() {}'
    echo '#[coro::coroutine] fn val(n: u64) -> u64 { n }'
    echo '#[coro::coroutine]'
    echo 'fn big(n: u64) -> u64 {'
    echo '    let mut acc = 0u64;'
    local i=0
    while [ "$i" -lt "$statements" ]; do
        case $((i % 5)) in
            0) echo "    let x$i = val(n + $i).await + acc;" ;;
            1) echo "    acc += x$((i - 1)) * 2;" ;;
            2) echo "    if acc % 3 == $((i % 3)) { tick().await; acc += 1; } else { acc += val($i).await; }" ;;
            3) echo "    for j in 0..2u64 { acc += val(j).await; }" ;;
            4) echo "    match acc % 2 { 0 => { acc += val(1).await; } _ => acc += 2 }" ;;
        esac
        i=$((i + 1))
    done
    echo '    acc'
    echo '}'
}
gen > "$work/body.rs"

build() { # rev -> path of its coro-expand
    local rev="$1" dir
    if [ "$rev" = "." ]; then
        dir="$root"
    else
        dir="$work/rev-$(git -C "$root" rev-parse --short "$rev")"
        git -C "$root" worktree add --detach "$dir" "$rev" >/dev/null 2>&1
    fi
    (cd "$dir" && CARGO_TARGET_DIR="$root/target/expansion-time" cargo build --release -q -p coro-transform --bin coro-expand)
    cp "$root/target/expansion-time/release/coro-expand" "$work/expand-$2"
    echo "$work/expand-$2"
}
bin_base="$(build "$base" base)"
bin_new="$(build "$new" new)"
"$bin_base" "$work/body.rs" > "$work/out-base.rs"
"$bin_new" "$work/body.rs" > "$work/out-new.rs"

time_runs() { # binary -> ms per expansion
    local start end
    start=$(date +%s%N)
    for _ in $(seq "$runs"); do "$1" "$work/body.rs" > /dev/null; done
    end=$(date +%s%N)
    echo $(( (end - start) / runs / 1000000 ))
}
base_ms=(); new_ms=()
for _ in $(seq "$rounds"); do
    base_ms+=("$(time_runs "$bin_base")")
    new_ms+=("$(time_runs "$bin_new")")
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
b=$(median "${base_ms[@]}"); n=$(median "${new_ms[@]}")
echo "body: $statements statements ($(wc -l < "$work/out-base.rs") / $(wc -l < "$work/out-new.rs") lines expanded)"
echo "base $base: ${b} ms per expansion (rounds: ${base_ms[*]})"
echo "new  $new: ${n} ms per expansion (rounds: ${new_ms[*]})"
awk -v b="$b" -v n="$n" 'BEGIN { if (b > 0) printf "ratio new/base: %.2f\n", n / b }'
