// args:
// Shadowing: `let t = Tracked::new(..); let t = t.len();` leaves the first t alive (unnamed) to the scope end, after later awaits.
fn f() -> i64 {
    let t = Tracked::new("first");
    let t = t.len();
    tick("a").await;
    let s = Tracked::new("s1");
    {
        let s = Tracked::new("s2");
        tick("inner").await;
        log(format!("inner {}", s.name()));
    }
    let s = s.name().len() as i64;
    tick("b").await;
    t + s
}
