// args: 5
// Awaiting guards over tuple, slice, range, @ and or-patterns (explicitly named struct fields).
fn f(n: i64) -> i64 {
    let mut out = 0;
    for i in 0..n {
        let v: Vec<i64> = (0..i).collect();
        out += match (i, v.as_slice()) {
            (0, []) => 1,
            (k @ 1..=2, [first, ..]) if ready("g1", first.abs()).await == 0 => k * 10,
            (_, [a, .., b]) if ready("g2", b - a).await > 2 => 100,
            (k, _) if k % 2 == 0 || ready("g3", k).await > 3 => 1000,
            _ => 0,
        };
    }
    let t = Some(Tracked::new("opt"));
    out += match t {
        Some(x) if x.name().len() > 10 => x.len() * 0,
        Some(x) if ready("g4", x.len()).await > 0 => x.len(),
        Some(_) | None => 7,
    };
    out
}
