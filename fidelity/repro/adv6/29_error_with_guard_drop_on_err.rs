// args:
// A transaction guard (logs on drop, `commit(self)` consumes) with `?` after awaits: on error the guard drops before the error is returned.
fn f() -> i64 {
    let a = transfer(5).await;
    let b = transfer(6).await;
    let c = transfer(1).await;
    show(&a) * 100 + show(&b) * 10 + show(&c)
}
pub struct Tx(Tracked);
impl Tx { fn commit(self) -> i64 { log("commit"); self.0.len() } }
#[co] fn transfer(n: i64) -> Result<i64, String> {
    let tx = Tx(Tracked::new("tx"));
    let a = ok_if(ready("debit", n).await)?;
    let b = ok_if(ready("credit", n + a).await)?;
    tick("flush").await;
    Ok(tx.commit() + b)
}
