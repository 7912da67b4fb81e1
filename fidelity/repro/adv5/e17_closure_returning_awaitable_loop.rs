// args:
// A Vec of (name, closure producing an awaitable) run sequentially; results collected with their labels.
fn f() -> i64 {
    let base = 10;
    let steps: Vec<(&str, Box<dyn Fn(i64) -> Ready<i64>>)> = vec![
        ("add", Box::new(move |x| ready("add", x + base))),
        ("dbl", Box::new(|x| ready("dbl", x * 2))),
        ("neg", Box::new(|x| ready("neg", -x))),
    ];
    let mut x = 1;
    let mut trail = Vec::new();
    for (name, step) in &steps {
        let _t = Tracked::new("step");
        x = step(x).await;
        trail.push(format!("{name}={x}"));
    }
    log(trail.join(","));
    x
}
