// args: 1
// `?` on an awaited Option inside `if`/`while` conditions with `&&`, in a #[co] helper returning Option.
fn f(k: i64) -> i64 {
    let mut s = 0;
    for i in 0..3 {
        s += check(i + k).await.unwrap_or(-10);
    }
    s
}
#[co] fn check(n: i64) -> Option<i64> {
    let _g = Tracked::new("chk");
    let mut c = 0;
    if ready("a", opt_trk("t", n != 2)).await?.len() == 1 && ready("b", n > 0).await {
        c += 1;
    }
    while c < 3 && ready("w", (n < 3).then_some(n)).await? >= 0 {
        c += 1;
    }
    Some(c * 10 + n)
}
