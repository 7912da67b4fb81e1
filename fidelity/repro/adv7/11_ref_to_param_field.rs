// args: Tracked::new("param")
// A by-value parameter whose reference is held across awaits, then the parameter moved at the end.
fn f(p: Tracked) -> i64 {
    let r = &p;
    let n = ready("a", r.len()).await;
    let name = r.name();
    tick("b").await;
    log(format!("name {name}"));
    n + take(p)
}
