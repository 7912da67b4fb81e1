// args: 3
// A user Iterator (Fibonacci with a Tracked) consumed by `for` whose body awaits, `take_while` and `by_ref`.
fn f(k: i64) -> i64 {
    let mut it = Fib { a: 0, b: 1, _t: Tracked::new("fib") };
    let mut s = 0;
    for x in it.by_ref().take_while(|x| *x < 10) {
        s += ready("fib", x).await;
    }
    let next: Vec<i64> = it.by_ref().take(k as usize).collect();
    tick("t").await;
    s * 1000 + next.iter().sum::<i64>()
}
struct Fib { a: i64, b: i64, _t: Tracked }
impl Iterator for Fib {
    type Item = i64;
    fn next(&mut self) -> Option<i64> {
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}
