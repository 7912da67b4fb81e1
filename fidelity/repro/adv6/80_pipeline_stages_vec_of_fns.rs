// args:
// A pipeline of stages: Vec<Box<dyn Fn(i64) -> i64>> applied between awaits, a stage index used in logs, an early exit when a value overflows a limit.
fn f() -> i64 {
    let limit = 200;
    let stages: Vec<(&'static str, Box<dyn Fn(i64) -> i64>)> = vec![
        ("add", Box::new(|x| x + 3)),
        ("sq", Box::new(|x| x * x)),
        ("half", Box::new(move |x| if x > limit { -1 } else { x / 2 })),
    ];
    let mut out = Vec::new();
    for input in [1, 5, 20] {
        let _span = Tracked::new("item");
        let mut v = ready("in", input).await;
        for (i, (name, st)) in stages.iter().enumerate() {
            v = st(v);
            log(format!("stage {i} {name} -> {v}"));
            if v < 0 { break; }
            tick(*name).await;
        }
        out.push(v);
    }
    out.iter().fold(0, |a, v| a * 100 + v)
}
