// args: 2
fn f(k: i64) -> i64 {
    let b = Box::new(Inner { n: k, t: Tracked::new("t") });
    let t = b.t;
    tick("x").await;
    t.len() + b.n
}

struct Inner { n: i64, t: Tracked }
