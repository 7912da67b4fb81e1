// args: 3
// Batching: push items into a buffer, flush (awaited, by mem::take) when full; final partial flush; flush errors.
fn f(k: i64) -> i64 {
    let mut b = Batcher { buf: Vec::new(), cap: k as usize, flushed: 0 };
    for i in 0..7 {
        b.push(Tracked::new("it"), i).await;
    }
    let last = b.flush().await;
    b.flushed * 100 + last.unwrap_or(-1)
}
pub struct Batcher { buf: Vec<Tracked>, cap: usize, flushed: i64 }
impl Batcher {
    #[co] fn push(&mut self, t: Tracked, i: i64) {
        self.buf.push(t);
        if self.buf.len() >= self.cap {
            match self.flush().await { Ok(n) => log(format!("flushed {n} at {i}")), Err(e) => log(format!("flush error {e}")) }
        }
    }
    #[co] fn flush(&mut self) -> Result<i64, String> {
        let batch = std::mem::take(&mut self.buf);
        if batch.is_empty() { return Err("empty".into()); }
        tick("flush").await;
        self.flushed += 1;
        Ok(batch.len() as i64)
    }
}
