// args: 3
// `while let Some(_) = q.pop()` / `if let Some(_) = make()` / `match make() { _ => }` with awaits in the body:
// the scrutinee value (a temporary) lives to the end of the body/arm in Rust.
fn f(k: i64) -> i64 {
    let mut q: Vec<Tracked> = (0..k).map(|_| Tracked::new("q")).collect();
    let mut n = 0;
    while let Some(_) = q.pop() {
        tick("body").await;
        n += 1;
    }
    if let Some(_) = opt_trk("iflet", k > 1) {
        tick("then").await;
        n += 10;
    }
    match Tracked::new("scrut") {
        _ => { tick("arm").await; n += 100; }
    }
    match pair_of("pa", "pb") {
        Pair { .. } => { tick("arm2").await; n += 1000; }
    }
    n
}
