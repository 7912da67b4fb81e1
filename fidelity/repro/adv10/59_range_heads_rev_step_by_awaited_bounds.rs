// args: 3
// for loops over ranges with awaited bounds, rev(), step_by(), chain; ranges of chars.
fn f(k: i64) -> i64 {
    let mut n = 0;
    for i in ready("lo", 1).await..ready("hi", k + 2).await {
        n += i;
    }
    for i in (0..ready("rev", k).await).rev().step_by(2) {
        let t = Tracked::new("r");
        n += ready("i", i).await * t.len();
    }
    for c in ('a'..='e').chain('x'..'z') {
        if c == 'c' { tick("c").await; continue; }
        n += c as i64 - 'a' as i64;
    }
    n
}
