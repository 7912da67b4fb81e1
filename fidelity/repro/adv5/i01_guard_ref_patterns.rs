// args: 3
// Guards that await over reference patterns `&(a, b)` and `&Some(x)` (explicit & patterns, by-value scrutinee of refs).
fn f(n: i64) -> i64 {
    let pairs = vec![(1i64, 2i64), (3, 4), (5, 0)];
    let mut out = 0;
    for p in pairs.iter().take(n as usize) {
        out += match p {
            &(a, b) if ready("g", a + b).await > 5 => a * b,
            &(a, _) => a,
        };
    }
    let opts = [Some(2i64), None];
    for o in opts.iter() {
        out += match o {
            &Some(x) if ready("g2", x).await > 1 => x * 100,
            _ => 1,
        };
    }
    out
}
