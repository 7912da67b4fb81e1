// args:
// A connection pool struct with &mut self coroutine methods that replace fields across awaits.
fn f() -> i64 {
    let mut pool = Pool { conns: Vec::new(), current: None, served: 0 };
    pool.grow(2).await;
    let a = pool.serve("a").await;
    let b = pool.serve("bbb").await;
    let old = std::mem::replace(&mut pool.current, Some(Tracked::new("manual")));
    tick("swap").await;
    let c = pool.serve("cc").await;
    log_opt(&old);
    a + b + c + pool.served
}

pub struct Pool {
    conns: Vec<Tracked>,
    current: Option<Tracked>,
    served: i64,
}
impl Pool {
    #[co] fn grow(&mut self, n: i64) {
        for _ in 0..n {
            tick("open").await;
            self.conns.push(Tracked::new("conn"));
        }
    }
    #[co] fn serve(&mut self, req: &str) -> i64 {
        if self.current.is_none() {
            self.current = self.conns.pop();
        }
        let w = ready("serve", req.len() as i64).await;
        self.served += 1;
        if w > 2 {
            let done = self.current.take();
            tick("retire").await;
            log_opt(&done);
        }
        w
    }
}
