// args: 3
// Match with guards calling await, slice patterns, bindings @.
fn f(n: i64) -> i64 {
    let v: Vec<i64> = (0..n).collect();
    let a = match v.as_slice() {
        [] => 0,
        [x] => *x,
        [first, rest @ ..] if rest.len() > 1 => {
            tick("long").await;
            first + rest.iter().sum::<i64>()
        }
        [first, ..] => *first,
    };
    let b = match n {
        k @ 0..=2 => k,
        k if ready("g", k).await > 2 => k * 2,
        _ => -1,
    };
    a + b
}
