// args: 2
// `write!(s, ..)?` / `writeln!(s, ..)?` with awaited operands in a coroutine returning `Result<_, fmt::Error>`,
// a Display impl writing a Tracked's name, and a user Write sink that fails after N bytes.
fn f(k: i64) -> Result<i64, std::fmt::Error> {
    use std::fmt::Write;
    let mut s = String::new();
    write!(s, "{}-{}", ready("a", k).await, Named(Tracked::new("n")))?;
    writeln!(s, "{:>4}", ready("b", "x").await)?;
    let mut lim = Limited { left: k as usize * 3, out: String::new() };
    for i in 0..3 {
        write!(lim, "{}", ready("c", i * 111).await)?;
    }
    Ok(s.len() as i64 + lim.out.len() as i64)
}
pub struct Named(Tracked);
impl std::fmt::Display for Named { fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result { write!(f, "<{}>", self.0.name()) } }
pub struct Limited { left: usize, out: String }
impl std::fmt::Write for Limited {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        if s.len() > self.left { log("sink full"); return Err(std::fmt::Error); }
        self.left -= s.len();
        self.out.push_str(s);
        Ok(())
    }
}
