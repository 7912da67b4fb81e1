// args: 2
// A suspending block defines `fn retry`; outside, `retry` is only a loop label `'retry`.
fn f(k: i64) -> i64 {
    let mut n = 0;
    'retry: loop {
        n += 1;
        if n > k { break 'retry; }
    }
    let b = {
        fn retry(x: i64) -> i64 { x * 2 }
        tick("a").await;
        retry(n)
    };
    b
}
