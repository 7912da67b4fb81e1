// args:
// MIN (refusal, found by the guard work, not a guard bug): a binding with a home (borrowed across an await) matched by a `ref` arm and an arm moving a part: E0507 "cannot move out of a mutable reference" (the match reads the home's place; `arms_read_whole` fails because of the `ref` arm).
fn f() -> i64 {
    let p = Pair { a: Tracked::new("a"), b: Tracked::new("bb") };
    let r = &p;
    let n = ready("x", 1).await;
    log_pair(r);
    n + match p {
        Pair { ref a, b: _ } if n > 5 => a.len(),
        Pair { a: _, b } => take(b),
    }
}
