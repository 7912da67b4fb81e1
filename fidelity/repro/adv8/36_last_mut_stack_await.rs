// args:
// `while let Some(top) = stack.last_mut()` holding a &mut into the Vec across an await, popping when exhausted.
fn f() -> i64 {
    let mut stack: Vec<(Tracked, i64)> = vec![(Tracked::new("root"), 1), (Tracked::new("leaf"), 2)];
    let mut visits = 0;
    while let Some(top) = stack.last_mut() {
        if top.1 == 0 {
            let (t, _) = stack.pop().unwrap();
            tick(t.name()).await;
            continue;
        }
        top.1 -= 1;
        tick("visit").await;
        visits += top.0.len();
    }
    visits
}
