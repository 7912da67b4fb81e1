// args:
// A FnMut closure capturing a Vec by &mut, held across awaits (the Vec is homed), called from a loop; then read.
fn f() -> i64 {
    let mut seen: Vec<Tracked> = Vec::new();
    let mut add = |t: Tracked| {
        let n = t.len();
        seen.push(t);
        n
    };
    let mut total = 0;
    for name in ["a", "bb"] {
        let t = ready("mk", Tracked::new(name)).await;
        total += add(t);
    }
    tick("done").await;
    total * 10 + seen.len() as i64
}
