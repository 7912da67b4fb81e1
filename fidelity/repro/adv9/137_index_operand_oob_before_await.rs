// args: 5
// `v[i] + f().await` with `i` out of bounds: Rust evaluates (and bounds-checks) the left operand before the await.
fn f(k: i64) -> i64 {
    let v = vec![1i64, 2];
    let _g = Tracked::new("g");
    let i = k as usize;
    v[i] + ready("rhs", Tracked::new("rhs")).await.len()
}
