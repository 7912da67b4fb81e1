// args:
// A #[co] event loop taking `&mut dyn FnMut(i64) -> Option<i64>` as a callback; the closure mutates captured state.
fn f() -> i64 {
    let mut seen = Vec::new();
    let mut cb = |e: i64| { seen.push(e); if e > 3 { None } else { Some(e * 2) } };
    let n = event_loop(&mut cb, 5).await;
    n * 100 + seen.ilen()
}
#[co] fn event_loop(cb: &mut dyn FnMut(i64) -> Option<i64>, max: i64) -> i64 {
    let mut total = 0;
    for e in 0..max {
        let ev = ready("event", e).await;
        match cb(ev) {
            Some(v) => total += v,
            None => { tick("stop").await; break; }
        }
    }
    total
}
