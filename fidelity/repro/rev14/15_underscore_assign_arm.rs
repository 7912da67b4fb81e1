// args: 2
fn f(k: i64) -> i64 {
    let t = Some(Tracked::new("t"));
    let u = Tracked::new("u");
    match k {
        2 => _ = u,
        _ => {}
    }
    tick("x").await;
    if let Some(ref v) = t { v.len() + k } else { 0 }
}
