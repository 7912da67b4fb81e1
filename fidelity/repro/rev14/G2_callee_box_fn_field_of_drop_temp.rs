// args: 2
fn f(k: i64) -> i64 {
    let a = (holder("h").cb)(ready("a", k).await);
    tick("x").await;
    a
}
struct Holder { cb: Box<dyn Fn(i64) -> i64>, _t: Tracked }
impl Drop for Holder { fn drop(&mut self) { log("drop holder") } }
fn holder(n: &'static str) -> Holder { Holder { cb: Box::new(|x| x * 2), _t: Tracked::new(n) } }
