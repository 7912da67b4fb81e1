// args: 3
// `if a().await { } else if b().await { } else if c().await { }` with Tracked temporaries in each condition (dropped at each condition's end).
fn f(k: i64) -> i64 {
    let mut out = 0;
    for i in 0..=k {
        out = out * 10 + if Tracked::new("c1").len() == ready("a", i).await {
            1
        } else if ready("b", Tracked::new("c2")).await.len() == i + 1 {
            tick("b-yes").await;
            2
        } else if weigh(&Tracked::new("c3"), i).await > 4 {
            3
        } else {
            4
        };
    }
    out
}
