// args: 2
fn f(k: i64) -> i64 {
    let mut h = Holder { cb: Some(Box::new(|x| x * 3)) };
    let a = h.cb.take().unwrap()(ready("a", k).await) + ready("b", 1).await;
    a
}
struct Holder { cb: Option<Box<dyn FnOnce(i64) -> i64>> }
