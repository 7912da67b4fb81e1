// args: 2
// `if let .. else if let .. else` with awaited scrutinees holding Tracked; temporaries and bindings dropped per branch.
fn f(k: i64) -> i64 {
    let mut total = 0;
    for i in 0..=k {
        let r = if let Some(t) = ready("a", opt_trk("first", i == 0)).await {
            t.len()
        } else if let Ok(n) = ready("b", res_trk(i, "errv")).await {
            tick("ok").await;
            n * 10
        } else if let Some(p) = Some(pair_of("pa", "pb")) {
            tick("pair").await;
            p.a.len() + p.b.len() * 100
        } else {
            0
        };
        total += r;
    }
    total
}
