// args:
// A user-defined Iterator struct (with Drop-logging state) driven by `while let Some(x) = it.next()` and `for` with awaits; `by_ref().take(2)`.
fn f() -> i64 {
    let mut it = Countdown { n: 5, t: Tracked::new("cd") };
    let mut acc = 0;
    for x in it.by_ref().take(2) {
        acc = acc * 10 + ready("x", x).await;
    }
    tick("paused").await;
    while let Some(x) = it.next() {
        if x == 1 { break; }
        acc = acc * 10 + ready("y", x).await;
    }
    let rest: Vec<i64> = it.collect();
    acc * 10 + rest.len() as i64
}
pub struct Countdown { n: i64, t: Tracked }
impl Iterator for Countdown {
    type Item = i64;
    fn next(&mut self) -> Option<i64> { if self.n == 0 { None } else { self.n -= 1; log(format!("next {}", self.n)); Some(self.n) } }
}
