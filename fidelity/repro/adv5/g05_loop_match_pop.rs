// args:
// loop { let x = match q.pop() { Some(x) => x, None => break }; .. } with awaits and continue.
fn f() -> i64 {
    let mut q = vec![Tracked::new("a"), Tracked::new("skip"), Tracked::new("cc")];
    let mut n = 0;
    loop {
        let x = match q.pop() {
            Some(x) => x,
            None => break,
        };
        if x.name() == "skip" {
            tick("skip").await;
            continue;
        }
        n += ready("len", x.len()).await;
    }
    n
}
