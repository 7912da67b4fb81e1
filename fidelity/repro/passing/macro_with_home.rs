// args:
// class await-macro (item 4): format!/vec! with awaits in a coroutine that has homes.
fn f() -> i64 {
    let t: Tracked = Tracked::new("t");
    let r: &Tracked = &t;
    let s: String = format!("{}-{}", r.name(), ready("r", 1).await);
    let v: Vec<i64> = vec![r.len(), ready("s", 2).await];
    s.ilen() + v.ilen()
}
