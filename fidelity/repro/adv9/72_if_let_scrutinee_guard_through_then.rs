// args: 1
// `if let` / `match` scrutinees holding a RefCell guard temporary through a branch that awaits (Rust keeps the guard
// to the end of the then-branch / the match).
fn f(k: i64) -> i64 {
    let q = std::cell::RefCell::new(vec![k, 5, 6]);
    let mut s = 0;
    if let Some(x) = q.borrow_mut().pop() {
        s += x + probe(&q, "then").await;
    } else {
        s -= 1;
    }
    match q.borrow().first().copied() {
        Some(x) if x > 0 => s += x * probe(&q, "arm").await,
        _ => {}
    }
    if let Some(&y) = q.borrow().last() && y > 1 {
        s += probe(&q, "chain").await;
    }
    s
}
#[co] fn probe(q: &std::cell::RefCell<Vec<i64>>, what: &'static str) -> i64 {
    log(format!("{what} free={}", q.try_borrow_mut().is_ok()));
    tick(what).await;
    10
}
