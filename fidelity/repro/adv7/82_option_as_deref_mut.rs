// args:
// `Option<Box<Tracked>>` and `Option<String>` handled with `as_deref`, `as_deref_mut`, `as_mut` across awaits.
fn f() -> i64 {
    let mut name: Option<String> = Some(String::from("abc"));
    let mut boxed: Option<Box<Tracked>> = Some(Box::new(Tracked::new("boxed")));
    if let Some(s) = name.as_deref_mut() {
        s.make_ascii_uppercase();
        tick("upper").await;
    }
    let len = ready("len", name.as_deref().map_or(0, |s| s.ilen())).await;
    if let Some(b) = boxed.as_mut() {
        let old = std::mem::replace(&mut **b, Tracked::new("inner-new"));
        tick("replaced").await;
        log(format!("old {}", old.name()));
    }
    let b = boxed.as_deref().map_or(0, |t| t.len());
    boxed = None;
    tick("cleared").await;
    len * 100 + b + name.map_or(0, |s| s.ilen())
}
