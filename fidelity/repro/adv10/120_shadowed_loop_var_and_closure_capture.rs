// args: 3
// Loop variables shadowed in the body, closures capturing the shadow, awaits between shadowings.
fn f(k: i64) -> i64 {
    let mut fns: Vec<Box<dyn Fn() -> i64>> = Vec::new();
    for i in 0..k {
        let i = i * 10;
        let t = Tracked::new("loop");
        let i = i + ready("i", 1).await;
        fns.push(Box::new(move || i + t.len()));
        let t = Tracked::new("shadow");
        tick(t.name()).await;
    }
    fns.iter().map(|f| f()).sum()
}
