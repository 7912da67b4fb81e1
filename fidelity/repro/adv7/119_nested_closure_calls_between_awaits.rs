// args:
// Closures composing closures (`compose(f, g)`), a closure returning a closure, called between awaits with Tracked captured by move.
fn f() -> i64 {
    let t = Tracked::new("cap");
    let add = |k: i64| move |x: i64| x + k;
    let add2 = add(2);
    let scaled = compose(add2, move |x| x * t.len());
    let a = scaled(ready("a", 1).await);
    tick("mid").await;
    let b = scaled(a);
    drop(scaled);
    tick("dropped").await;
    b
}
fn compose<A, B>(f: A, g: B) -> impl Fn(i64) -> i64 where A: Fn(i64) -> i64, B: Fn(i64) -> i64 { move |x| g(f(x)) }
