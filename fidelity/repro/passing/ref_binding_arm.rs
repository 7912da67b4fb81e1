// args:
// class ref-pattern (item 2): a `ref` binding in a match arm whose body awaits.
fn f() -> i64 {
    let o: Option<Tracked> = opt_trk("t", true);
    match o {
        Some(ref t) => {
            tick("r").await;
            t.len()
        }
        None => 0,
    }
}
