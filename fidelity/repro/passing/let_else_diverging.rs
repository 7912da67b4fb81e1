// args: 3
// class let-else: a diverging `else`, then awaits.
fn f(n0: i64) -> i64 {
    let Some(t) = None::<Tracked> else {
        loop {
            println!("{}", n0);
            break;
        }
        return n0;
    };
    let r: &Tracked = &t;
    tick("a").await;
    log(r.name());
    0
}
