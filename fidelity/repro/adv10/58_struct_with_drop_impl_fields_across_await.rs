// args: 2
// A struct with its own Drop and Tracked fields moved through awaits: Drop::drop then fields in declaration order.
fn f(k: i64) -> i64 {
    let s = Session { id: k, a: Tracked::new("sa"), b: Tracked::new("sb") };
    tick("one").await;
    let n = use_session(&s).await;
    let s2 = Session { id: 2, a: Tracked::new("s2a"), b: Tracked::new("s2b") };
    let moved = s;
    tick("two").await;
    if k > 1 { drop(s2); tick("dropped").await; return n + moved.id; }
    n + s2.id + moved.id
}
pub struct Session { id: i64, a: Tracked, b: Tracked }
impl Drop for Session { fn drop(&mut self) { log(format!("session drop {}", self.id)); } }
#[co] fn use_session(s: &Session) -> i64 { tick("use").await; s.a.len() + s.b.len() }
