// args: 1
// class move-place: a one-arm `match` on a binding whose pattern moves a part out and leaves the rest (`_`); the arm awaits. Was silent (`p.b` dropped at the suspension); the `match` is now the `let` it means and the partial-move split keeps `p.b` to the end of `p`'s scope (`split::ArmToLet`).
fn f(n: i64) -> i64 {
    let p = Pair { a: Tracked::new("a"), b: Tracked::new("b") };
    match p {
        Pair { a: t, b: _ } => {
            tick("t").await;
            log(t.name());
        }
    }
    log_i(n);
    0
}
