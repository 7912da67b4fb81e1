// args: vec![1i64, 2]
// class generic-iter (item 7): I: IntoIterator, I::Item: Debug, with a home.
fn f<I: IntoIterator>(items: I) -> i64 where I::Item: std::fmt::Debug {
    let t: Tracked = Tracked::new("t");
    let r: &Tracked = &t;
    for it in items {
        tick("r").await;
        log_i(show(&it));
    }
    r.len()
}
