// args: 3
// A suspending block defines `fn total`; outside, `total` is only a struct literal's field name and a field access.
fn f(k: i64) -> i64 {
    let s = Stats { total: k, count: 2 };
    let t = {
        fn total(v: &[i64]) -> i64 { v.iter().sum() }
        tick("a").await;
        total(&[k, 1])
    };
    s.total * 100 + t + s.count
}
pub struct Stats { total: i64, count: i64 }
