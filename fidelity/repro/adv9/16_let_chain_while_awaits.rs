// args: 3
// `while let` chains with an awaited condition in the chain and a Tracked popped from a stack.
fn f(k: i64) -> i64 {
    let mut stack = vec![Tracked::new("a"), Tracked::new("bbb"), Tracked::new("cc")];
    let mut budget = k;
    let mut seen = 0;
    while let Some(top) = stack.pop() && budget > 0 && ready("ok", top.len() < 3).await {
        budget -= 1;
        seen += top.len();
        tick("work").await;
    }
    log(format!("left {}", stack.len()));
    seen * 10 + budget
}
