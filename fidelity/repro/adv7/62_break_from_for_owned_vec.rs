// args:
// `break` with a value from a loop over an owned Vec<Tracked>'s into_iter (held iterator), await before the break, and an await after the loop.
fn f() -> i64 {
    let v = vec![Tracked::new("a"), Tracked::new("bb"), Tracked::new("c")];
    let mut it = v.into_iter();
    let found = loop {
        match it.next() {
            Some(t) if t.name() == "bb" => { tick("hit").await; break t; }
            Some(_) => continue,
            None => break Tracked::new("none"),
        }
    };
    tick("after").await;
    drop(it);
    found.len()
}
