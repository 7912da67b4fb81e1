// args: 2
// REFUSAL with a clear message (was a silent drop-order mismatch at 94607c7: fixed into a refusal by 898b016,
// split/leftovers.rs box_moved_on_some_paths). `match *b { Some((t, _)) => .., None => .. }` on a Box: the
// None arm "leaves it whole", though there is nothing in a None to drop late. Rust accepts it. The message
// gives a fix (`let v = *b; match v {..}`); listed as a refusal the None/unit-variant case could avoid.
fn f(k: i64) -> i64 {
    let b = Box::new(Some((Tracked::new("a"), Tracked::new("b"))));
    let n = match *b {
        Some((t, _)) => { tick("arm").await; t.len() }
        None => 0,
    };
    tick("x").await;
    n + k
}
