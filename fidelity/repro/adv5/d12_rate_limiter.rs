// args:
// A token-bucket rate limiter struct with &mut self coroutine acquire, used in a loop; tokens refilled by ticks.
fn f() -> i64 {
    let mut rl = Limiter { tokens: 2, cap: 2, waits: 0, _res: Tracked::new("limiter") };
    let mut done = Vec::new();
    for req in 0..5 {
        rl.acquire().await;
        let _r = Tracked::new("req");
        done.push(ready("serve", req).await);
    }
    done.iter().sum::<i64>() * 10 + rl.waits
}

pub struct Limiter { tokens: i64, cap: i64, waits: i64, _res: Tracked }
impl Limiter {
    #[co] fn acquire(&mut self) {
        while self.tokens == 0 {
            self.waits += 1;
            tick("refill").await;
            self.tokens = self.cap.min(self.tokens + 1);
        }
        self.tokens -= 1;
    }
}
