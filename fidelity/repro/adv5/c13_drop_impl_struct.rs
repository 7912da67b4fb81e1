// args:
// A struct with its own Drop impl and Tracked fields held across awaits; replaced by assignment; moved into Vec.
fn f() -> i64 {
    let mut s = Session::open("s1", 1);
    tick("a").await;
    s.hits += ready("hit", 2).await;
    s = Session::open("s2", ready("id", 7).await);
    let mut all = vec![Session::open("s3", 3)];
    all.push(s);
    tick("b").await;
    let last = all.pop().map(|x| x.id).unwrap_or(0);
    tick("c").await;
    last + all.len() as i64
}

pub struct Session { id: i64, hits: i64, conn: Tracked, buf: Tracked }
impl Session {
    pub fn open(name: &'static str, id: i64) -> Session {
        Session { id, hits: 0, conn: Tracked::new(name), buf: Tracked::new("buf") }
    }
}
impl Drop for Session {
    fn drop(&mut self) {
        log(format!("close {} {}", self.conn.name(), self.hits));
    }
}
