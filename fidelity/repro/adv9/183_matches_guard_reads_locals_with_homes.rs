// args: 2
// In a coroutine with homes: `matches!` guards reading a plain local, a homed binding, and a binding held across
// an await; and a `match` guard reading the same bindings.
fn f(k: i64) -> i64 {
    let v = vec![1i64, 2];
    let s = &v;
    let lim = 2;
    tick("a").await;
    let a = matches!(Some(k), Some(n) if n >= lim);
    let b = matches!(Some(k), Some(n) if n as usize >= s.len());
    let c = match Some(k) { Some(n) if n >= lim => 1, _ => 0 };
    tick("t").await;
    a as i64 + b as i64 + c + s.len() as i64
}
