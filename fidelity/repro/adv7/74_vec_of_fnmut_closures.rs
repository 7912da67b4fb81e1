// args:
// A Vec of `Box<dyn FnMut() -> i64>` closures each owning a counter (`move`), called in rounds with awaits between rounds.
fn f() -> i64 {
    let mut fs: Vec<Box<dyn FnMut() -> i64>> = Vec::new();
    for step in 1..=3 {
        let mut count = 0;
        let t = Tracked::new("owned");
        fs.push(Box::new(move || { count += step; count + t.len() - 1 }));
        tick("pushed").await;
    }
    let mut total = 0;
    for _round in 0..2 {
        for f in fs.iter_mut() {
            total += f();
        }
        tick("round").await;
    }
    fs.truncate(1);
    tick("truncated").await;
    total
}
