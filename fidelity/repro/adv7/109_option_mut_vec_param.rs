// args:
// `Option<&mut Vec<Tracked>>` parameter: `if let Some(v) = out` pushes awaited values; `&mut Option<Tracked>` parameter `take`/`insert`.
fn f() -> i64 {
    let mut v = Vec::new();
    let mut slot = Some(Tracked::new("slot"));
    let a = collect_into(Some(&mut v), &mut slot, 2).await;
    let b = collect_into(None, &mut slot, 1).await;
    a * 100 + b * 10 + v.ilen() + slot.map_or(0, |t| t.len())
}
#[co] fn collect_into(out: Option<&mut Vec<Tracked>>, slot: &mut Option<Tracked>, n: i64) -> i64 {
    let prev = slot.take();
    tick("took").await;
    let mut made = 0;
    if let Some(v) = out {
        for _ in 0..n {
            v.push(ready("mk", Tracked::new("made")).await);
            made += 1;
        }
    }
    let ins = slot.insert(Tracked::new("inserted"));
    tick("inserted").await;
    made + ins.len() + prev.map_or(0, |t| t.len())
}
