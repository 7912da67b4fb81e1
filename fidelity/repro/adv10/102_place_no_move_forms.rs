// args: 2
// Forms that name a binding without moving it: `let _ = t`, `let _: Tracked = t`, `match t { _ => }`,
// `if let _ = t`, `match t { ref r => }`, `drop(&t)`; the binding must live to its scope end.
fn f(k: i64) -> i64 {
    let a = Tracked::new("a");
    let b = Tracked::new("b");
    let c = Tracked::new("c");
    let d = Tracked::new("d");
    let _: Tracked = a;
    match b { _ => log("matched b") }
    #[allow(irrefutable_let_patterns)]
    if let _ = c { log("if let c"); }
    let n = match d { ref r => r.len() };
    drop(&d);
    tick("x").await;
    n + k + a.len() + b.len() + c.len()
}
