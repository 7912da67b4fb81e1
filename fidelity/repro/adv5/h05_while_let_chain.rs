// args:
// while with a let chain containing awaits: `while let Some(x) = next().await && x.len() < 4 { .. }`.
fn f() -> i64 {
    let mut src = vec![Tracked::new("eeeee"), Tracked::new("ddd"), Tracked::new("cc"), Tracked::new("b")];
    let mut n = 0;
    while let Some(x) = pop(&mut src).await
        && x.len() < 4
        && let Some(c) = x.name().chars().next()
    {
        n = n * 10 + x.len();
        log(format!("char {c}"));
        tick("body").await;
    }
    n * 10 + src.len() as i64
}

#[co] fn pop(v: &mut Vec<Tracked>) -> Option<Tracked> {
    tick("pop").await;
    v.pop()
}
