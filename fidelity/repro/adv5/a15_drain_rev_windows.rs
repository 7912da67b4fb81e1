// args:
// Vec operations around awaits: windows, chunks, zip, drain(..).rev(), retain, sort_by_key.
fn f() -> i64 {
    let mut items: Vec<Tracked> = Vec::new();
    for name in ["delta", "a", "ccc", "bb", "eeeee"] {
        items.push(ready("mk", Tracked::new(name)).await);
    }
    items.sort_by_key(|t| t.name().len());
    let lens: Vec<i64> = items.iter().map(|t| t.name().len() as i64).collect();
    let mut diffs = 0;
    for w in lens.windows(2) {
        diffs += ready("diff", w[1] - w[0]).await;
    }
    for ch in lens.chunks(2) {
        tick("chunk").await;
        diffs += ch.iter().sum::<i64>();
    }
    items.retain(|t| t.name() != "ccc");
    tick("retained").await;
    let mut order = 0;
    for (i, t) in items.drain(1..).rev().enumerate() {
        order = order * 10 + i as i64 + ready("drain", t.len()).await;
    }
    for (a, b) in lens.iter().zip(items.iter()) {
        order += a * b.len();
    }
    diffs * 1000 + order
}
