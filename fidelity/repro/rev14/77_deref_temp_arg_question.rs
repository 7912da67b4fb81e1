// args: 2
fn f(k: i64) -> Result<i64, String> {
    let c = RefCell::new(vec![Tracked::new("a")]);
    let n = g(&*c.borrow(), ready("x", ok_if(k - 5)).await?);
    Ok(n)
}
fn g(v: &[Tracked], x: i64) -> i64 { v.len() as i64 + x }
use std::cell::RefCell;
