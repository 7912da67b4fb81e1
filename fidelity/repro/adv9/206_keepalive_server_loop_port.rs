// args: 2
// A keep-alive server loop over an in-memory byte stream: a reader struct with #[co] `read_line`, request parsing
// with `?` and a custom error, shared stats in Rc<RefCell<_>>, a connection guard, labelled loop exit.
fn f(k: i64) -> Result<i64, SrvErr> {
    let stats = std::rc::Rc::new(std::cell::RefCell::new(Stats { served: 0, errors: 0 }));
    let mut rd = Reader { data: b"GET /a\nGET /bb\nPUT /x\nGET /ccc\nQUIT\nGET /never\n".to_vec(), pos: 0 };
    let _conn = Tracked::new("conn");
    let mut bytes = 0;
    'conn: loop {
        let Some(line) = rd.read_line().await else { break 'conn };
        let req = match parse_req(&line) {
            Ok(r) => r,
            Err(SrvErr::Quit) => break 'conn,
            Err(e) => { stats.borrow_mut().errors += 1; log(format!("bad {e:?}")); if stats.borrow().errors > k { return Err(e); } continue 'conn; }
        };
        let _span = Tracked::new("req");
        let body_len = ready("handle", req.path.len() as i64 * 10).await;
        bytes += body_len;
        stats.borrow_mut().served += 1;
    }
    let s = stats.borrow();
    Ok(bytes + s.served * 1000 + s.errors * 100)
}
pub struct Stats { served: i64, errors: i64 }
pub struct Reader { data: Vec<u8>, pos: usize }
pub struct Req { path: String }
#[derive(Debug)]
pub enum SrvErr { BadMethod(String), Quit }
impl Reader {
    #[co] fn read_line(&mut self) -> Option<String> {
        tick("read").await;
        let rest = &self.data[self.pos..];
        let end = rest.iter().position(|b| *b == b'\n')?;
        let line = String::from_utf8_lossy(&rest[..end]).into_owned();
        self.pos += end + 1;
        Some(line)
    }
}
fn parse_req(line: &str) -> Result<Req, SrvErr> {
    if line == "QUIT" { return Err(SrvErr::Quit); }
    let (m, p) = line.split_once(' ').ok_or_else(|| SrvErr::BadMethod(line.to_string()))?;
    if m != "GET" { return Err(SrvErr::BadMethod(m.to_string())); }
    Ok(Req { path: p.to_string() })
}
