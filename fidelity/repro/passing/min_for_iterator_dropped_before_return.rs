// args:
// Was MIN (fixed in the eleventh session): a `for` over an owned Vec<Tracked> whose body suspends and then leaves the loop (`return`; `break` too):
// the coroutine drops the loop's iterator (the elements not yet taken) before the suspension, Rust at the `return`.
// coro  ["new a", "new b", "drop b", "poll t", "poll t", "len a", "drop a"]
// async ["new a", "new b", "poll t", "poll t", "len a", "drop a", "drop b"]
// Found by 27_early_return_match_in_for.rs, 61_return_from_for_owned_vec.rs (on the path that returns only).
fn f() -> i64 {
    for t in vec![Tracked::new("a"), Tracked::new("b")] {
        tick("t").await;
        return t.len();
    }
    0
}
