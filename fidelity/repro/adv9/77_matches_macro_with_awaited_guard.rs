// args: 2
// `matches!` with an awaited scrutinee and a guard that reads an earlier await; used as an `if` condition.
fn f(k: i64) -> i64 {
    let lim = ready("lim", k).await;
    let mut hits = 0;
    for i in 0..4 {
        let t = opt_trk("t", i % 2 == 0);
        if matches!(ready("m", i).await, n if n >= lim) && matches!(&t, Some(x) if x.len() == 1) {
            hits += 1;
            tick("hit").await;
        }
        let is_none = matches!(t, None);
        hits += is_none as i64 * 10;
    }
    hits
}
