// args: 2
// A #[co] method taking `self` by value on a type with a Drop impl: fields read (not moved), locals made in the (Written `Conn2::close(c, 3)`, the ledger rewrite.)
// body; `self` drops after the body's locals (as a parameter).
fn f(k: i64) -> i64 {
    let c = Conn2 { id: k, tag: Tracked::new("tag") };
    let _before = Tracked::new("before");
    let n = Conn2::close(c, 3).await;
    let _after = Tracked::new("after");
    n
}
pub struct Conn2 { id: i64, tag: Tracked }
impl Drop for Conn2 { fn drop(&mut self) { log(format!("conn drop {}", self.id)); } }
impl Conn2 {
    #[co] fn close(self, n: i64) -> i64 {
        let _l = Tracked::new("local");
        tick("close").await;
        let id = self.id;
        let len = self.tag.len();
        let _m = Tracked::new("late-local");
        id + len + n
    }
}
