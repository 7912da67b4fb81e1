// args:
// Box<dyn Fn> callbacks stored in a Vec, called across awaits.
fn f() -> i64 {
    let scale = 3;
    let g = Tracked::new("g");
    let mut handlers: Vec<Box<dyn Fn(i64) -> i64>> = Vec::new();
    handlers.push(Box::new(|x| x + 1));
    handlers.push(Box::new(move |x| x * scale));
    let mut total = 0;
    for h in &handlers {
        let v = ready("v", total + 1).await;
        total += h(v);
    }
    let last = handlers.pop().unwrap();
    tick("t").await;
    total + last(2) + g.len()
}
