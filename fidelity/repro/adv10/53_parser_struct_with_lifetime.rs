// args: 2
// A parser struct borrowing a byte slice (`Parser<'a>`), #[co] methods returning `&'a [u8]` slices.
fn f(k: i64) -> i64 {
    let data: Vec<u8> = b"GET /a HTTP\r\nHost: x\r\nLen: 12\r\n\r\nbody".to_vec();
    let mut p = Parser { input: &data, pos: 0 };
    let line = p.line().await.unwrap_or(b"");
    let mut headers = Vec::new();
    while let Some(h) = p.line().await {
        if h.is_empty() { break; }
        headers.push(h);
        if headers.len() as i64 > k { log("too many"); break; }
    }
    let rest = p.rest();
    tick("done").await;
    line.len() as i64 * 1000 + headers.len() as i64 * 100 + rest.len() as i64
}
pub struct Parser<'a> { input: &'a [u8], pos: usize }
impl<'a> Parser<'a> {
    #[co] fn line(&mut self) -> Option<&'a [u8]> {
        tick("line").await;
        let rest = &self.input[self.pos..];
        let i = rest.windows(2).position(|w| w == b"\r\n")?;
        self.pos += i + 2;
        Some(&rest[..i])
    }
    fn rest(&self) -> &'a [u8] { &self.input[self.pos..] }
}
