// args:
// Boxed FnMut callbacks stored in a Vec and struct, called between awaits; a counter captured by move.
fn f() -> i64 {
    let mut hooks: Vec<Box<dyn FnMut(i64) -> i64>> = Vec::new();
    let mut calls = 0;
    let owned = Tracked::new("owned");
    hooks.push(Box::new(move |x| { calls += 1; x + calls }));
    hooks.push(Box::new(move |x| x * owned.len()));
    let mut total = 0;
    for round in 0..2 {
        for h in hooks.iter_mut() {
            let v = ready("in", round + 1).await;
            total += h(v);
        }
        tick("round").await;
    }
    drop(hooks);
    tick("dropped").await;
    total
}
