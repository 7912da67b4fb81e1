// args:
// A three-stage pipeline passing Vec<Tracked> between coroutines; stages filter/map with awaits.
fn f() -> i64 {
    let raw = stage_read(4).await;
    let parsed = stage_parse(raw).await;
    let (kept, dropped) = stage_filter(parsed, 2).await;
    tick("sink").await;
    kept.len() as i64 * 10 + dropped
}

#[co] fn stage_read(n: i64) -> Vec<Tracked> {
    let mut v = Vec::new();
    for i in 0..n {
        v.push(ready("read", Tracked::new(["a", "bb", "ccc", "dddd"][i as usize])).await);
    }
    v
}
#[co] fn stage_parse(v: Vec<Tracked>) -> Vec<(i64, Tracked)> {
    let mut out = Vec::with_capacity(v.len());
    for t in v {
        let n = ready("parse", t.len()).await;
        out.push((n, t));
    }
    out
}
#[co] fn stage_filter(v: Vec<(i64, Tracked)>, min: i64) -> (Vec<Tracked>, i64) {
    let mut kept = Vec::new();
    let mut dropped = 0;
    for (n, t) in v {
        if n >= min {
            kept.push(t);
        } else {
            dropped += 1;
            tick("drop").await;
        }
    }
    (kept, dropped)
}
