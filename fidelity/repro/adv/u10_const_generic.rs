// args:
// Const generics, where clauses, impl Fn arguments.
fn f() -> i64 {
    let a = sum_arr([1i64, 2, 3]).await;
    let b = sum_arr([4i64; 2]).await;
    let c = apply(|x| x * 3, 5).await;
    let k = 7;
    let d = apply(move |x| x + k, 1).await;
    a + b + c + d
}

#[co] fn sum_arr<const N: usize>(a: [i64; N]) -> i64 {
    let mut s = 0;
    for x in a {
        s += ready("x", x).await;
    }
    s
}
#[co] fn apply<F>(f: F, x: i64) -> i64 where F: Fn(i64) -> i64 {
    let g = Tracked::new("apply");
    tick("ap").await;
    f(x) + g.len()
}
