// args:
// Iterator adaptors held across awaits in `for` heads over borrowed data: `iter().enumerate().rev()`, `step_by(2)`, `skip_while`, `take_while`.
fn f() -> i64 {
    let v: Vec<Tracked> = ["a", "bb", "ccc", "dddd", "e"].iter().map(|n| Tracked::new(n)).collect();
    let mut acc = 0;
    for (i, t) in v.iter().enumerate().rev() {
        acc += i as i64 * ready("r", t.len()).await;
    }
    for t in v.iter().step_by(2) { tick(t.name()).await; acc += 1; }
    for t in v.iter().skip_while(|t| t.name().len() < 3).take_while(|t| t.name().len() > 1) {
        acc += ready("sw", t.len() * 100).await;
    }
    acc
}
