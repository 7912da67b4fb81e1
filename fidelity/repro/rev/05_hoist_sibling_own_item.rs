// args: 2
// Two sibling blocks each define their own `fn fmt_id`; only the first suspends. The second block's item is its own.
fn f(k: i64) -> i64 {
    let a = {
        fn fmt_id(n: i64) -> i64 { n + 100 }
        tick("a").await;
        fmt_id(k)
    };
    let b = {
        fn fmt_id(n: i64) -> i64 { n + 200 }
        fmt_id(k)
    };
    a * 1000 + b
}
