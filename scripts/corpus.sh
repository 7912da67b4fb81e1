#!/usr/bin/env bash
# The corpus of issue 11: async fns written by others, converted to
# #[coro::coroutine] fns and checked against their async fn form.
#
# Fetches the crates listed in fidelity/corpus/crates.txt (name version) with
# cargo (`cargo fetch` of a throwaway manifest, so through the registry cargo
# is configured for), copies their sources into target/corpus/src (ignored by
# git: third-party code is never committed), then runs the converter: it
# takes the parameterless free async fns, keeps those that compile alone as
# async fns (they need only std), and reports how many compile and run alike
# as coroutines (`coro-fidelity --corpus`).
#
# Usage: scripts/corpus.sh        (not part of CI; a few minutes)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/target/corpus"
dest="$work/src"
mkdir -p "$work/fetch/src" "$dest"

{
    printf '[package]\nname = "corpus-fetch"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[workspace]\n\n[dependencies]\n'
    while read -r name version _; do
        case "$name" in ''|'#'*) continue ;; esac
        printf '%s = "=%s"\n' "$name" "$version"
    done < "$root/fidelity/corpus/crates.txt"
} > "$work/fetch/Cargo.toml"
touch "$work/fetch/src/lib.rs"
(cd "$work/fetch" && cargo fetch --quiet)

registry="${CARGO_HOME:-$HOME/.cargo}/registry/src"
while read -r name version _; do
    case "$name" in ''|'#'*) continue ;; esac
    if [ ! -d "$dest/$name-$version" ]; then
        src="$(ls -d "$registry"/*/"$name-$version" | head -1)"
        cp -r "$src" "$dest/"
    fi
done < "$root/fidelity/corpus/crates.txt"

cd "$root"
nice -n 10 cargo build -q -p coro-fidelity
exec ./target/debug/coro-fidelity --corpus "$dest" --batch 300
