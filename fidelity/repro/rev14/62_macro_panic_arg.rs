// args: 2
fn f(k: i64) -> i64 {
    if k > 5 {
        panic!("{:?}", ready("a", Tracked::new("a")).await);
    }
    let v = vec![ready("v", Tracked::new("v")).await, Tracked::new("w")];
    let _ = dbg!(ready("d", k).await);
    tick("x").await;
    v.len() as i64
}
