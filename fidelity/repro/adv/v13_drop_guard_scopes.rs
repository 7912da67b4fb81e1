// args: true
// A Drop guard in nested scopes with early exits via ? and break, awaiting in between.
fn f(fail: bool) -> Result<i64, String> {
    let _outer = Guard2::new("outer");
    let mut n = 0;
    loop {
        let _iter = Guard2::new("iter");
        n += 1;
        {
            let _inner = Guard2::new("inner");
            tick("in").await;
            if n == 2 && fail {
                Err(format!("failed at {n}"))?;
            }
        }
        if n >= 3 {
            break;
        }
        tick("loop").await;
    }
    Ok(n)
}

pub struct Guard2(&'static str);
impl Guard2 {
    fn new(n: &'static str) -> Self { log(format!("enter {n}")); Guard2(n) }
}
impl Drop for Guard2 {
    fn drop(&mut self) { log(format!("exit {}", self.0)); }
}
