// args:
// if let with ref mut / &mut scrutinee, updating through the binding across awaits.
fn f() -> i64 {
    let mut slot: Option<(i64, Tracked)> = Some((1, Tracked::new("slot")));
    if let Some((ref mut n, ref t)) = slot {
        *n += ready("inc", t.len()).await;
    }
    if let Some((n, _)) = &mut slot {
        *n *= ready("mul", 3).await;
    }
    let mut counts = [0i64; 3];
    for c in counts.iter_mut() {
        *c = ready("c", 2).await;
    }
    if let [first, .., last] = &mut counts {
        *first += ready("first", 10).await;
        *last += 100;
    }
    slot.map(|(n, _)| n).unwrap_or(0) + counts.iter().sum::<i64>()
}
