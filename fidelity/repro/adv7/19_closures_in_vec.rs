// args:
// Boxed closures stored in a Vec (`Vec<Box<dyn Fn(i64) -> i64>>`), some capturing by move a Tracked; called between awaits.
fn f() -> i64 {
    let t = Tracked::new("cap");
    let k = ready("k", 7).await;
    let fs: Vec<Box<dyn Fn(i64) -> i64>> = vec![
        Box::new(|x| x + 1),
        Box::new(move |x| x * k),
        Box::new(move |x| x + t.len()),
    ];
    let mut acc = 1;
    for f in &fs {
        acc = f(ready("arg", acc).await);
        tick("step").await;
    }
    drop(fs);
    tick("dropped").await;
    acc
}
