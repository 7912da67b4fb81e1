// args: 2
// `if f().await.len() > n`, `while g().await.is_some()`, `match f().await.as_str()` with awaits in branches.
fn f(k: i64) -> i64 {
    let mut n = 0;
    if ready("c", vec![Tracked::new("c1"), Tracked::new("c2")]).await.len() as i64 > k - 1 {
        tick("then").await;
        n += 1;
    }
    let mut i = 0;
    while ready("w", opt_trk("w", i < k)).await.is_some() {
        tick("body").await;
        i += 1;
    }
    n += match ready("s", String::from("go")).await.as_str() {
        "go" => { tick("go").await; 10 }
        _ => 0,
    };
    n + i * 100
}
