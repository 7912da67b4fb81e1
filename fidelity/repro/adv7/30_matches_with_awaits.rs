// args:
// `matches!` on an awaited value, with ranges and guards in the macro's pattern, and on an awaited Option<Tracked>.
fn f() -> i64 {
    let mut n = 0;
    if matches!(ready("a", 4).await, 1..=5) { n += 1; }
    if matches!(ready("b", Some(Tracked::new("t"))).await, Some(ref t) if t.name() == "t") { n += 10; }
    let k = ready("c", 9).await;
    let flags = [matches!(k, 0 | 9), matches!(ready("d", k + 1).await, 10), matches!(opt_trk("o", false), None)];
    tick("end").await;
    n + flags.iter().filter(|b| **b).count() as i64 * 100
}
