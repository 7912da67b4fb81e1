// args:
// `if let Some(t) = v.get_mut(i)` replacing an element after an await; `v.iter_mut().rev()` with awaits; `swap` and `reverse`.
fn f() -> i64 {
    let mut v = vec![Tracked::new("a"), Tracked::new("bb"), Tracked::new("ccc")];
    if let Some(t) = v.get_mut(1) {
        tick("get").await;
        *t = Tracked::new("BB2");
    }
    for t in v.iter_mut().rev() {
        let n = ready("rev", t.len()).await;
        if n == 1 { *t = Tracked::new("x"); }
    }
    v.swap(0, 2);
    tick("swap").await;
    v.reverse();
    v.iter().fold(0, |a, t| a * 10 + t.name().len() as i64)
}
