// args: 1
// class move-place: an arm beside others leaves a part of a binding (`Ok((t, _))` beside `Err(_)`) with a suspension in the binding's scope. Was E0507 (the binding has a drop flag, so a home, and the pattern moved a part out of it; without a home, silent: `y` dropped at the suspension); the part is now moved into a hidden binding declared after `r`'s `let` and drops at the end of `r`'s scope (`split/leftovers.rs`).
fn f(n: i64) -> i64 {
    let r = if n > 0 {
        Ok((Tracked::new("x"), Tracked::new("y")))
    } else {
        Err(Tracked::new("e"))
    };
    let k = Tracked::new("k");
    let m = match r {
        Ok((t, _)) => {
            tick("o").await;
            take(t)
        }
        Err(_) => 0,
    };
    tick("after").await;
    log(k.name());
    m + n
}
