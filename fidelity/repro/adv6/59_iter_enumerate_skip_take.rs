// args:
// `for (i, x) in v.iter().enumerate().skip(1).step_by(2)` with awaits; `chunks(2)` loop with awaits; `windows` comparisons after an await.
fn f() -> i64 {
    let v: Vec<Tracked> = ["a", "bb", "ccc", "dddd", "eeeee"].iter().map(|s| Tracked::new(*s)).collect();
    let mut acc = 0;
    for (i, x) in v.iter().enumerate().skip(1).step_by(2) {
        acc += ready(x.name(), i as i64).await;
    }
    for chunk in v.chunks(2) {
        let l = chunk.len() as i64;
        tick("chunk").await;
        acc = acc * 2 + l + chunk[0].len();
    }
    let inc = v.windows(2).filter(|w| w[0].len() < w[1].len()).count() as i64;
    tick("windows").await;
    acc * 10 + inc
}
