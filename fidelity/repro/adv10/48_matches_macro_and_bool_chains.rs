// args: 2
// matches! with awaited scrutinee, && / || chains with awaits on both sides and Tracked temporaries.
fn f(k: i64) -> i64 {
    let mut n = 0;
    let state = ready("st", Some(k)).await;
    if matches!(state, Some(2) | Some(3)) && ready("rhs", true).await { n += 1; }
    if matches!(ready("m", opt_trk("m", k > 1)).await, Some(ref t) if t.name() == "m") { n += 10; }
    let a = Tracked::new("a").len() > 0 || ready("never", false).await;
    let b = Tracked::new("b").len() > 5 || ready("maybe", k > 1).await;
    let c = ready("c1", k).await > 1 && Tracked::new("c").len() == 1 && ready("c2", true).await;
    n + a as i64 * 100 + b as i64 * 1000 + c as i64 * 10000
}
