// args: 2
// #[co] methods taking `self` by value on a type with Drop, using self whole (no field moves) after awaits.
fn f(k: i64) -> i64 {
    let s = Sess { id: k, _t: Tracked::new("sess") };
    let a = s.close().await;
    let s2 = Sess { id: 5, _t: Tracked::new("sess2") };
    let b = s2.describe_then_drop(k > 1).await;
    a * 10 + b
}
pub struct Sess { id: i64, _t: Tracked }
impl Drop for Sess { fn drop(&mut self) { log(format!("sess {} closed", self.id)); } }
impl Sess {
    #[co] fn close(self) -> i64 { tick("closing").await; self.id * 2 }
    #[co] fn describe_then_drop(self, early: bool) -> i64 {
        let id = self.id;
        if early { drop(self); tick("after drop").await; return id; }
        tick("kept").await;
        id + self.id
    }
}
