// args:
// iter_mut over a Vec of structs with awaits updating fields; position/find on results; last_mut.
fn f() -> i64 {
    let mut rows = vec![Row { k: 1, t: Tracked::new("r1") }, Row { k: 2, t: Tracked::new("r2") }, Row { k: 3, t: Tracked::new("r3") }];
    for r in rows.iter_mut() {
        r.k += ready("inc", r.k).await;
        if r.k == 4 {
            r.t = Tracked::new("r2b");
        }
    }
    let pos = rows.iter().position(|r| r.k > 5).map(|p| p as i64).unwrap_or(-1);
    if let Some(last) = rows.last_mut() {
        last.k = ready("last", last.k * 100).await;
    }
    tick("end").await;
    rows.iter().map(|r| r.k).sum::<i64>() + pos
}

pub struct Row { k: i64, t: Tracked }
