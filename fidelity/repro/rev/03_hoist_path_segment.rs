// args: 3
// A suspending block defines `fn max`; outside, `max` is only the last segment of the path `std::cmp::max`.
fn f(k: i64) -> i64 {
    let a = std::cmp::max(k, 2);
    let b = {
        fn max(a: i64, b: i64) -> i64 { if a > b { a * 10 } else { b * 10 } }
        tick("a").await;
        max(k, 1)
    };
    a * 1000 + b
}
