// args: 3
// A token-bucket rate limiter struct with #[co] `acquire(&mut self)` that awaits refills; the caller loops over requests.
fn f(k: i64) -> i64 {
    let mut rl = Limiter { tokens: 1, cap: 2, waits: 0, _g: Tracked::new("limiter") };
    let mut served = Vec::new();
    for i in 0..=k {
        rl.acquire().await;
        served.push(i);
        if i % 2 == 0 { tick("handle").await; }
    }
    rl.waits * 100 + served.iter().sum::<i64>()
}
pub struct Limiter { tokens: i64, cap: i64, waits: i64, _g: Tracked }
impl Limiter {
    #[co] fn acquire(&mut self) {
        while self.tokens == 0 {
            self.waits += 1;
            tick("refill").await;
            self.tokens = self.cap;
        }
        self.tokens -= 1;
    }
}
