// args: 2
fn f(k: i64) -> i64 {
    let mut n = 0;
    'outer: for _ in bag("a", "b") {
        for _ in bag("x", "y") {
            tick("inner").await;
            n += 1;
            if n == k + 1 { break 'outer; }
        }
        tick("outer").await;
    }
    n
}
