// args: 5
// `rows[i].push(f().await)` with `i` out of bounds: Rust's IndexMut panics before the argument's await runs;
// the coroutine awaits first, then panics (side effects of the awaited work happen only in the coroutine).
fn f(k: i64) -> i64 {
    let mut rows: Vec<Vec<Tracked>> = vec![vec![], vec![]];
    let _g = Tracked::new("g");
    let i = k as usize;
    rows[i].push(ready("arg", Tracked::new("arg")).await);
    rows.len() as i64
}
