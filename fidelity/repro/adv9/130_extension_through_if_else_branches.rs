// args: 1
// Temporary lifetime extension through `if`/`else` branches (`let r = if c { &a() } else { &b() };`, Rust 1.79+).
fn f(k: i64) -> i64 {
    let r = if k > 0 { &Tracked::new("then") } else { &Tracked::new("else") };
    tick("t").await;
    r.len()
}
