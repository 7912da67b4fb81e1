// args:
// `loop { match it.next() { Some(x) if .. => .., Some(x) => { await }, None => break } }` over a peekable of Tracked refs.
fn f() -> i64 {
    let v = bag("x", "yy");
    let mut it = v.iter().enumerate();
    let mut acc = 0;
    loop {
        match it.next() {
            Some((i, t)) if i == 0 => { acc += t.len(); }
            Some((_, t)) => { acc += ready("n", t.len() * 10).await; }
            None => { tick("eof").await; break; }
        }
    }
    acc
}
