// args:
// for over a temporary Vec<Tracked> returned by a coroutine, breaking early; the iterator's rest drops at the break.
fn f() -> i64 {
    let mut n = 0;
    for t in load(4).await {
        let _g = Tracked::new("g");
        if t.len() > 2 {
            break;
        }
        n += ready("len", t.len()).await;
    }
    tick("after-loop").await;
    for (i, t) in load(3).await.into_iter().enumerate().skip(1) {
        if i == 2 {
            return n * 10 + t.len();
        }
        tick("skip").await;
    }
    n
}

#[co] fn load(k: i64) -> Vec<Tracked> {
    tick("load").await;
    ["a", "bb", "ccc", "dddd"].iter().take(k as usize).map(|s| Tracked::new(s)).collect()
}
