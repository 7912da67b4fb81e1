// args: 1
// Match ergonomics on `slot.as_mut()` / `&mut Option<Vec<Tracked>>`: push inside the arm across awaits, then read.
fn f(k: i64) -> i64 {
    let mut slot: Option<Vec<Tracked>> = if k > 0 { Some(Vec::new()) } else { None };
    for name in ["a", "bb"] {
        match slot.as_mut() {
            Some(v) => { tick("push").await; v.push(Tracked::new(name)); }
            None => { tick("none").await; }
        }
    }
    let n = match &mut slot {
        Some(v) if !v.is_empty() => { let x = v.remove(0); ready("rm", x.len()).await }
        Some(_) => 0,
        None => -1,
    };
    n * 10 + slot.map_or(0, |v| v.ilen())
}
