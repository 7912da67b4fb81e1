// args: 3
// A token bucket rate limiter struct with #[co] acquire that loops until a token is available.
fn f(k: i64) -> i64 {
    let mut lim = Bucket { tokens: 2, cap: 2, refills: 0, _t: Tracked::new("bucket") };
    let mut served = Vec::new();
    for req in 0..k + 2 {
        let permit = lim.acquire().await;
        served.push(req * 10 + permit.0);
        if req == 1 { drop(permit); tick("early").await; continue; }
        tick("serve").await;
    }
    served.iter().sum::<i64>() + lim.refills * 1000
}
pub struct Permit(i64, Tracked);
pub struct Bucket { tokens: i64, cap: i64, refills: i64, _t: Tracked }
impl Bucket {
    #[co] fn acquire(&mut self) -> Permit {
        loop {
            if self.tokens > 0 {
                self.tokens -= 1;
                return Permit(self.tokens, Tracked::new("permit"));
            }
            tick("wait").await;
            self.tokens = self.cap;
            self.refills += 1;
        }
    }
}
