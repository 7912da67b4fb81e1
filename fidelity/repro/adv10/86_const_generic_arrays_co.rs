// args: 2
// Const generic #[co] fns over arrays; array map; iterating arrays by value with awaits.
fn f(k: i64) -> i64 {
    let a = sum_n([1, 2, k]).await;
    let b = sum_n([k; 5]).await;
    let names = [Tracked::new("x"), Tracked::new("yy")];
    let lens = names.map(|t| t.len());
    let c = longest(["a", "bcd", "ef"]).await;
    a * 1000 + b * 10 + lens.iter().sum::<i64>() + c
}
#[co] fn sum_n<const N: usize>(xs: [i64; N]) -> i64 {
    let mut s = 0;
    for x in xs { s += ready("x", x).await; }
    s + N as i64
}
#[co] fn longest<const N: usize>(xs: [&'static str; N]) -> i64 {
    tick("longest").await;
    xs.iter().map(|s| s.len() as i64).max().unwrap_or(0)
}
