// args:
// `break`/`continue` inside an argument after earlier arguments are evaluated: the evaluated Tracked argument drops at the jump.
fn f() -> i64 {
    let mut out = 0;
    for i in 0..4 {
        let n = take2(Tracked::new("first"), if i == 1 { continue } else if i == 3 { break } else { ready("second", Tracked::new("second")).await });
        out += n;
        tick("iter").await;
    }
    out
}
