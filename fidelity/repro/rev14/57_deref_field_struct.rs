// args: 2
// A field reached through Deref on a binding also split by a moved own field is E0382 in Rust; here only reads.
fn f(k: i64) -> i64 {
    let w = Wrap { inner: Inner { n: k, t: Tracked::new("t") }, tag: Tracked::new("tag") };
    let r = &w.tag;
    tick("x").await;
    let n = w.n + w.t.len() + r.len();
    let w2 = Wrap { inner: Inner { n: 1, t: Tracked::new("t2") }, tag: Tracked::new("tag2") };
    let tag = w2.tag.name();
    tick("y").await;
    n + tag.len() as i64 + w2.n
}
struct Inner { n: i64, t: Tracked }
struct Wrap { inner: Inner, tag: Tracked }
impl std::ops::Deref for Wrap { type Target = Inner; fn deref(&self) -> &Inner { &self.inner } }
