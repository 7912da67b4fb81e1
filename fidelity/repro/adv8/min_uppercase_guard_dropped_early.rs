// args:
// MIN (mismatch, silent): a capitalised binding holding a guard, not used after the `.await`, is dropped before it:
// coro  ["new X", "new y", "drop X", "poll a", "poll a", "drop y"]
// async ["new X", "new y", "poll a", "poll a", "drop y", "drop X"]
// Also a tuple part `let (A, b) = duo("A", "b");`: `A` dropped before the await. Found by probing (see 193).
fn f() -> i64 {
    let X = Tracked::new("X");
    let _y = Tracked::new("y");
    tick("a").await;
    5
}
