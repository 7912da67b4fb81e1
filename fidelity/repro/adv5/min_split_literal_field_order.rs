// args:
// MIN (mismatch, documented limit 7): fields of a split binding drop in the literal's order (c, b), Rust: declaration order (b, c).
fn f() -> i64 {
    let t = Three { c: Tracked::new("c"), b: Tracked::new("b"), a: Tracked::new("a") };
    let x = t.a;
    tick("t").await;
    x.len()
}

pub struct Three { a: Tracked, b: Tracked, c: Tracked }
