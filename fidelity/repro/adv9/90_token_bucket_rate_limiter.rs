// args: 3
// A token-bucket rate limiter struct with a #[co] `acquire(&mut self)` that waits (ticks) while empty.
fn f(k: i64) -> i64 {
    let mut rl = Bucket { tokens: 2, cap: 2, refill_every: 2, ticks: 0 };
    let mut sent = Vec::new();
    for i in 0..k + 2 {
        let waited = rl.acquire().await;
        let _req = Tracked::new("req");
        sent.push((i, waited));
    }
    sent.iter().map(|(i, w)| i * 10 + w).sum()
}
pub struct Bucket { tokens: i64, cap: i64, refill_every: i64, ticks: i64 }
impl Bucket {
    #[co] fn acquire(&mut self) -> i64 {
        let mut waited = 0;
        while self.tokens == 0 {
            tick("wait").await;
            waited += 1;
            self.ticks += 1;
            if self.ticks % self.refill_every == 0 { self.tokens = (self.tokens + 1).min(self.cap); }
        }
        self.tokens -= 1;
        waited
    }
}
