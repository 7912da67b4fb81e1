// args: 3
// A const-generic ring buffer `Ring<const N: usize>` with #[co] `push_wait` that ticks while full and a consumer.
fn f(k: i64) -> i64 {
    let mut r: Ring<2> = Ring { buf: [None, None], head: 0, len: 0 };
    let mut out = Vec::new();
    for i in 0..k + 1 {
        if !r.try_push(Tracked::new("item"), i) {
            let (t, n) = r.pop().unwrap();
            out.push(n + t.len());
            r.push_wait(Tracked::new("retry"), i).await;
        }
        tick("produce").await;
    }
    while let Some((t, n)) = r.pop() { out.push(ready("drain", n).await * 10 + t.len()); }
    out.iter().sum()
}
pub struct Ring<const N: usize> { buf: [Option<(Tracked, i64)>; N], head: usize, len: usize }
impl<const N: usize> Ring<N> {
    fn try_push(&mut self, t: Tracked, n: i64) -> bool {
        if self.len == N { log("full"); return false; }
        self.buf[(self.head + self.len) % N] = Some((t, n));
        self.len += 1;
        true
    }
    fn pop(&mut self) -> Option<(Tracked, i64)> {
        if self.len == 0 { return None; }
        let v = self.buf[self.head].take();
        self.head = (self.head + 1) % N;
        self.len -= 1;
        v
    }
    #[co] fn push_wait(&mut self, t: Tracked, n: i64) {
        while self.len == N { tick("wait").await; self.pop(); }
        let ok = self.try_push(t, n);
        log(format!("pushed {ok}"));
    }
}
