// args: 2
// A #[co] method (&self, one lifetime) with homes taking `impl Fn(i64) -> i64`.
fn f(k: i64) -> i64 {
    let s = Scaler { m: 3 };
    let add = 1;
    s.apply(move |x| x + add, k).await
}
pub struct Scaler { m: i64 }
impl Scaler {
    #[co] fn apply(&self, g: impl Fn(i64) -> i64, k: i64) -> i64 {
        let n = k * self.m;
        let r = &n;
        tick("a").await;
        g(*r)
    }
}
