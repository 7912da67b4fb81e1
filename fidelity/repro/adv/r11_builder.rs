// args:
// Builder pattern with by-value methods, then awaiting the built request.
fn f() -> i64 {
    let req = Request::new("get").header("a").header("bb").timeout(3);
    let resp = req.send().await;
    let req2 = Request::new("post").timeout(1);
    tick("between").await;
    let r2 = req2.header("c").send().await;
    resp + r2
}

pub struct Request {
    t: Tracked,
    headers: Vec<String>,
    timeout: i64,
}
impl Request {
    fn new(m: &'static str) -> Request {
        Request { t: Tracked::new(m), headers: vec![], timeout: 0 }
    }
    fn header(mut self, h: &str) -> Request {
        self.headers.push(h.to_string());
        self
    }
    fn timeout(mut self, t: i64) -> Request {
        self.timeout = t;
        self
    }
    #[co] fn send(self) -> i64 {
        tick("send").await;
        log(format!("sent {} {:?}", self.t.name(), self.headers));
        self.timeout + self.headers.len() as i64
    }
}
