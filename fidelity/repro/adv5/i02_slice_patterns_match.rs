// args:
// Slice patterns in match arms with awaits in the arms: [], [x], [first, .., last], [head, tail @ ..] on borrowed slices.
fn f() -> i64 {
    let lists: Vec<Vec<Tracked>> = vec![vec![], vec![Tracked::new("one")], vec![Tracked::new("a"), Tracked::new("bb"), Tracked::new("ccc")]];
    let mut out = 0;
    for l in &lists {
        out = out * 10 + match l.as_slice() {
            [] => 0,
            [x] => ready("single", x.len()).await,
            [first, .., last] => {
                tick("many").await;
                first.len() + last.len()
            }
        };
        if let [head, tail @ ..] = l.as_slice() {
            out += ready("head", head.len()).await + tail.len() as i64;
        }
    }
    out
}
