// args:
// Temporaries holding guards in `if` conditions and `match` scrutinees with awaits in the branches (dropped at condition end / match end).
fn f() -> i64 {
    let mut n = 0;
    if Tracked::new("cond").len() > 2 && ready("c", true).await {
        tick("then").await;
        n += 1;
    }
    match Tracked::new("scrut").len() {
        6 => { tick("six").await; n += 10; }
        _ => { n += 100; }
    }
    match ready("m", Tracked::new("mtemp")).await.len() {
        5 => { tick("five").await; n += 1000; }
        _ => {}
    }
    n
}
