// args:
// `iter_mut()` over a Vec of structs with awaits in the body; `chunks(2)` and `zip` loops with awaits; `windows` borrowed across awaits.
fn f() -> i64 {
    let mut rows = vec![Row { n: 1, t: Tracked::new("r1") }, Row { n: 2, t: Tracked::new("r2") }, Row { n: 3, t: Tracked::new("r3") }];
    for r in rows.iter_mut() {
        r.n += ready(r.t.name(), r.n * 10).await;
    }
    let mut acc = 0;
    for ch in rows.chunks(2) {
        tick("chunk").await;
        acc += ch.iter().map(|r| r.n).sum::<i64>();
    }
    let ws = [1i64, 2, 3];
    for (r, w) in rows.iter().zip(ws.iter()) {
        acc += ready("z", r.n * w).await;
    }
    for w in ws.windows(2) {
        tick("win").await;
        acc += w[0] * w[1];
    }
    acc
}
pub struct Row { n: i64, t: Tracked }
