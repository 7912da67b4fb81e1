// args:
// A #[co] fn with a const generic array parameter and one with two lifetimes returning the longer borrowed str.
fn f() -> i64 {
    let a = sum_arr([1, 2, 3]).await;
    let b = sum_arr([Tracked::new("x").len(); 2]).await;
    let s1 = String::from("short");
    let s2 = String::from("longer one");
    let l = longest(&s1, &s2).await;
    a * 1000 + b * 100 + l.len() as i64
}
#[co] fn sum_arr<const N: usize>(a: [i64; N]) -> i64 {
    let mut s = 0;
    for x in a { s += ready("x", x).await; }
    s + N as i64
}
#[co] fn longest<'a, 'b: 'a>(x: &'a str, y: &'b str) -> &'a str {
    tick("cmp").await;
    if x.len() >= y.len() { x } else { y }
}
