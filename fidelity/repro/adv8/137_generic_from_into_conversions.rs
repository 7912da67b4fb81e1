// args:
// `impl From<&str> for Cmd`, `.into()` with the target type from a let annotation or a later call after awaits, `TryFrom` with `?`.
fn f() -> i64 {
    let c: Cmd = ready("raw", "get").await.into();
    let d = Cmd::from("put");
    tick("mid").await;
    let e = run(ready("r", "del").await.into());
    let n: Result<u8, _> = u8::try_from(ready("big", 300i64).await);
    c.0 * 100 + d.0 * 10 + e + n.is_err() as i64
}
pub struct Cmd(i64);
impl From<&str> for Cmd { fn from(s: &str) -> Cmd { log(format!("from {s}")); Cmd(s.len() as i64) } }
fn run(c: Cmd) -> i64 { c.0 }
