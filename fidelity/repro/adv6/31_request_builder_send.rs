// args:
// An HTTP-client style chain: `client.get(u).header(k, v).timeout(n).send().await` with by-value setters on a request built from `&self`.
fn f() -> i64 {
    let client = Client { base: Tracked::new("http://h") };
    let r1 = client.get("/a").header("x", "1").send().await;
    let tok = ready("token", 42).await;
    let r2 = client.get("/bb").header("auth", "t").timeout(tok).send().await;
    tick("done").await;
    r1.status * 1000 + r2.status + r2.body.len() as i64
}
pub struct Client { base: Tracked }
pub struct Request<'a> { client: &'a Client, path: &'static str, headers: Vec<(&'static str, &'static str)>, timeout: i64, span: Tracked }
pub struct Response { status: i64, body: String }
impl Client {
    fn get(&self, path: &'static str) -> Request<'_> { log(format!("get {path}")); Request { client: self, path, headers: vec![], timeout: 0, span: Tracked::new("req") } }
}
impl<'a> Request<'a> {
    fn header(mut self, k: &'static str, v: &'static str) -> Self { log(format!("header {k}")); self.headers.push((k, v)); self }
    fn timeout(mut self, n: i64) -> Self { self.timeout = n; self }
    fn send(self) -> Ready<Response> {
        log(format!("send {}{} h{} t{}", self.client.base.name(), self.path, self.headers.len(), self.timeout));
        ready("send", Response { status: 200 + self.headers.len() as i64, body: self.path.to_string() })
    }
}
