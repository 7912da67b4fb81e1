// args:
// A token-bucket rate limiter struct with #[co] `acquire(&mut self)` looping with awaits until a token, used by a loop of requests with Tracked bodies.
fn f() -> i64 {
    let mut rl = Limiter { tokens: 1, refill: 0, waited: 0 };
    let mut served = Vec::new();
    for name in ["r1", "r2", "r3"] {
        let req = Tracked::new(name);
        rl.acquire().await;
        served.push(req);
    }
    served.len() as i64 * 100 + rl.waited
}
pub struct Limiter { tokens: i64, refill: i64, waited: i64 }
impl Limiter {
    #[co] fn acquire(&mut self) -> () {
        while self.tokens == 0 {
            self.waited += 1;
            tick("wait").await;
            self.refill += 1;
            if self.refill % 2 == 0 { self.tokens += 1; }
        }
        self.tokens -= 1;
    }
}
