// args: 2
// Early `return` with an awaited value from inside a for over iterator chain built from closures.
fn f(k: i64) -> i64 {
    let data = vec![Tracked::new("aa"), Tracked::new("b"), Tracked::new("cccc")];
    let limit = ready("lim", k + 1).await;
    for (i, t) in data.iter().enumerate().filter(|(_, t)| t.len() != 1) {
        let _s = Tracked::new("scope");
        if t.len() > limit {
            return ready("ret", i as i64 * 100 + t.len()).await;
        }
        tick("loop").await;
    }
    -1
}
