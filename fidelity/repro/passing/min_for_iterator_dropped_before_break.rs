// args:
// Was MIN (fixed in the eleventh session): as min_for_iterator_dropped_before_return.rs with `break`: the iterator is dropped before the body's suspension.
// coro  ["new a", "new b", "drop b", "poll t", "poll t", "drop a", "poll after", "poll after"]
// async ["new a", "new b", "poll t", "poll t", "drop a", "drop b", "poll after", "poll after"]
fn f() -> i64 {
    for _t in vec![Tracked::new("a"), Tracked::new("b")] {
        tick("t").await;
        break;
    }
    tick("after").await;
    0
}
