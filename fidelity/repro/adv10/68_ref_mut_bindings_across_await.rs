// args: 2
// `let Foo { ref a, ref mut b } = foo;` and `if let Some(ref mut x) = opt` with awaits while bound.
fn f(k: i64) -> i64 {
    let mut foo = Foo { a: Tracked::new("fa"), b: vec![1] };
    let Foo { ref a, ref mut b } = foo;
    b.push(ready("push", k).await);
    let n = a.len() + b.len() as i64;
    tick("mid").await;
    let mut opt = Some(vec![Tracked::new("o")]);
    if let Some(ref mut xs) = opt {
        xs.push(ready("x", Tracked::new("x2")).await);
    }
    let m = opt.as_ref().map_or(0, |v| v.len() as i64);
    n * 10 + m + foo.b.len() as i64
}
pub struct Foo { a: Tracked, b: Vec<i64> }
