// args: 5
// `v[1..i].len() + f().await` (range index on a receiver) and `take_ref(&v[i], f().await)` with `i` out of range.
fn f(k: i64) -> i64 {
    let v = vec![1i64, 2, 3];
    let _g = Tracked::new("g");
    let i = k as usize;
    let a = if k > 4 { 0 } else { take_ref(&v[i], ready("ref", 1).await) };
    let b = v[1..i].len() as i64 + ready("rhs", Tracked::new("rhs")).await.len();
    a + b
}
fn take_ref(x: &i64, n: i64) -> i64 { x + n }
