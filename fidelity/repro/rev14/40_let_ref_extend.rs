// args: 2
fn f(k: i64) -> i64 {
    let ref r = Tracked::new("r");
    let u = Tracked::new("u");
    tick("x").await;
    let ref mut m = vec![k];
    m.push(ready("p", 3).await);
    let ref d = *Box::new(Tracked::new("bx"));
    tick("y").await;
    r.len() + u.len() + m.len() as i64 + d.len()
}
