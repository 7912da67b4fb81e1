// args: 1
// A generic #[co] helper with a named lifetime: `let r: &'a [T] = if .. { .await; a } else { &a[1..] }` and the tail coerced to `-> &'a [T]`.
fn f(k: i64) -> i64 {
    let v = vec![1i64, 2, 3];
    let r = pick(&v, k == 1).await;
    r.len() as i64
}
#[co] fn pick<'a, T>(a: &'a [T], c: bool) -> &'a [T] {
    let r: &'a [T] = if c { tick("a").await; a } else { &a[1..] };
    if c { tick("b").await; r } else { &r[1..] }
}
