// args: 1
// class move-place: a destructuring `let` on a binding whose type the syntax does not show leaves a part (`_`); a suspension follows. Was silent (`b` dropped at the suspension: the partial-move split needs the type); the part is now kept in a hidden binding to the end of `p`'s scope (`split/leftovers.rs`).
fn f(n: i64) -> i64 {
    let p = std::convert::identity((Tracked::new("a"), Tracked::new("b")));
    let k = Tracked::new("k");
    let (t, _) = p;
    tick("t").await;
    log(k.name());
    take(t) + n
}
