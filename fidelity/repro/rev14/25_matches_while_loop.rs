// args: 3
fn f(k: i64) -> i64 {
    let mut i = 0;
    while matches!(ready("c", Some(Tracked::new("c"))).await, Some(ref t) if t.len() + i < k) {
        i += 1;
        tick("body").await;
    }
    i
}
