// args: 3
// A `FnMut` closure capturing `&mut` locals called between awaits, then the locals read after it dies.
fn f(k: i64) -> i64 {
    let mut hits = 0;
    let mut names: Vec<Tracked> = Vec::new();
    let mut record = |n: &'static str| { hits += 1; names.push(Tracked::new(n)); };
    record("first");
    let x = ready("x", k).await;
    record("second");
    tick("t").await;
    if x > 2 { record("third"); }
    let _ = ready("y", 0).await;
    hits * 10 + names.len() as i64
}
