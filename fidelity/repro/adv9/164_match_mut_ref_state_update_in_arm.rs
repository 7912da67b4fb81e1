// args: 2
// `match &mut state` with `&mut` bindings updated by awaited values in arms; `if let Some(x) = map.get_mut(..)`.
fn f(k: i64) -> i64 {
    let mut state = St2::Counting(0, Tracked::new("count"));
    for _ in 0..k + 1 {
        match &mut state {
            St2::Counting(n, _) if *n >= 2 => state = St2::Done(Tracked::new("done")),
            St2::Counting(n, t) => { *n += ready("inc", 1).await; log(format!("{} {}", t.name(), n)); }
            St2::Done(t) => { tick("done").await; log(format!("done {}", t.name())); }
        }
    }
    let mut m = std::collections::BTreeMap::new();
    m.insert("a", 1i64);
    if let Some(x) = m.get_mut("a") {
        *x += ready("add", 10).await;
    }
    m["a"] + match state { St2::Counting(n, _) => n, St2::Done(_) => 100 }
}
pub enum St2 { Counting(i64, Tracked), Done(Tracked) }
