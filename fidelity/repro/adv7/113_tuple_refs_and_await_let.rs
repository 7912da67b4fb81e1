// args:
// `let (a, b, c) = (&x, ready(..).await, &mut y);` a tuple mixing references and an awaited value, all used after another await.
fn f() -> i64 {
    let x = Tracked::new("x");
    let mut y = vec![1i64];
    let (a, b, c) = (&x, ready("b", Tracked::new("b")).await, &mut y);
    c.push(a.len());
    tick("mid").await;
    c.push(b.len());
    let n = a.len() + b.len();
    n * 100 + y.iter().sum::<i64>()
}
