// args: 1
// if let / else if let / else chains with awaits in every scrutinee and branch; Tracked payloads.
fn f(k: i64) -> i64 {
    let mut out = 0;
    for i in 0..4 {
        let x = i + k;
        out += if let Some(t) = ready("p1", opt_trk("one", x == 1)).await {
            tick("b1").await;
            t.len()
        } else if let Ok(n) = ready("p2", res_trk(x, "err")).await {
            n * ready("b2", 10).await
        } else if x > 3 {
            tick("b3").await;
            300
        } else {
            let e = Tracked::new("else");
            tick("b4").await;
            e.len() * 1000
        };
    }
    out
}
