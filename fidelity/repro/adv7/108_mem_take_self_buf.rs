// args:
// A buffered writer with `std::mem::take(&mut self.buf)` in a #[co] `&mut self` flush; the taken Vec<Tracked> processed across awaits.
fn f() -> i64 {
    let mut w = Writer { buf: Vec::new(), flushed: 0 };
    for n in ["a", "bb", "ccc"] {
        w.write(n).await;
    }
    let f1 = w.flush().await;
    w.write("d").await;
    let f2 = w.flush().await;
    f1 * 100 + f2 * 10 + w.flushed
}
pub struct Writer { buf: Vec<Tracked>, flushed: i64 }
impl Writer {
    #[co] fn write(&mut self, n: &'static str) {
        self.buf.push(ready("w", Tracked::new(n)).await);
        if self.buf.len() > 2 { self.flush().await; }
    }
    #[co] fn flush(&mut self) -> i64 {
        let batch = std::mem::take(&mut self.buf);
        let mut n = 0;
        for t in batch {
            tick("flush").await;
            n += t.len();
        }
        self.flushed += 1;
        n
    }
}
