// args: 2
// A helper coroutine panics mid-loop while the caller holds Tracked values in several scopes and a pending temporary.
fn f(n: i64) -> i64 {
    let outer = Tracked::new("outer");
    let mut acc = vec![Tracked::new("acc")];
    for i in 0..4 {
        let _scope = Tracked::new("scope");
        let v = Tracked::new("tmp").len() + risky(i, n).await;
        acc.push(Tracked::new("item"));
        log(format!("v {v}"));
    }
    outer.len() + acc.len() as i64
}

#[co] fn risky(i: i64, n: i64) -> i64 {
    let _h = Tracked::new("helper");
    tick("risky").await;
    if i == n {
        panic!("boom at {i}");
    }
    i
}
