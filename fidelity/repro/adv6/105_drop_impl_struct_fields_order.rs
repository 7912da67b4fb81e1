// args:
// A struct with its own Drop and Tracked fields held across awaits: Drop::drop runs before the fields drop; moved into a Vec then `clear()`.
fn f() -> i64 {
    let a = Conn { id: 1, buf: Tracked::new("buf1"), sock: Tracked::new("sock1") };
    tick("1").await;
    let mut pool = vec![a, Conn { id: 2, buf: Tracked::new("buf2"), sock: Tracked::new("sock2") }];
    tick("2").await;
    let last = pool.pop().unwrap();
    pool.clear();
    tick("3").await;
    last.id
}
pub struct Conn { id: i64, buf: Tracked, sock: Tracked }
impl Drop for Conn { fn drop(&mut self) { log(format!("close {}", self.id)); } }
