// args: 1
// `make().check()?.len() + f().await` where `check(&self) -> Result<&Tracked, E>` borrows the temporary; the `?`
// may return early (temporaries dropped on the way out) or continue across the await.
fn f(k: i64) -> Result<i64, i64> {
    let mut s = 0;
    for i in 0..3 {
        let _it = Tracked::new("it");
        s += Holder2 { t: Tracked::new("tmp"), ok: i <= k }.check()?.len() + ready("after", i).await;
    }
    Ok(s)
}
pub struct Holder2 { t: Tracked, ok: bool }
impl Holder2 {
    fn check(&self) -> Result<&Tracked, i64> { if self.ok { Ok(&self.t) } else { Err(-1) } }
}
