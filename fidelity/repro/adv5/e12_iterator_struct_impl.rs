// args:
// A user Iterator impl (struct with state) driven by a for loop with awaits; by_ref / take on it.
fn f() -> i64 {
    let mut fib = Fib { a: 0, b: 1, _t: Tracked::new("fib") };
    let mut sum = 0;
    for x in fib.by_ref().take(5) {
        sum += ready("fib", x).await;
    }
    tick("mid").await;
    let next: Vec<i64> = fib.by_ref().take(2).collect();
    let mut it = Countdown(3);
    while let Some(n) = it.next() {
        sum += ready("cd", n).await;
    }
    sum * 100 + next.iter().sum::<i64>()
}

pub struct Fib { a: i64, b: i64, _t: Tracked }
impl Iterator for Fib {
    type Item = i64;
    fn next(&mut self) -> Option<i64> {
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}
pub struct Countdown(i64);
impl Iterator for Countdown {
    type Item = i64;
    fn next(&mut self) -> Option<i64> {
        if self.0 == 0 { None } else { self.0 -= 1; Some(self.0 + 1) }
    }
}
