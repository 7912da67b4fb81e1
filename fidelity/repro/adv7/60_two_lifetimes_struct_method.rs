// args:
// `struct Ctx<'a, 'b> { src: &'a str, out: &'b mut Vec<String> }` with #[co] `&mut self` methods returning `&'a str` slices across awaits.
fn f() -> i64 {
    let src = String::from("one two three");
    let mut out = Vec::new();
    let n = {
        let mut c = Ctx { src: &src, out: &mut out, pos: 0 };
        let w1 = c.next().await;
        let w2 = c.next().await;
        tick("two").await;
        log(format!("{w1} {w2}"));
        w1.ilen() + w2.ilen()
    };
    n * 10 + out.ilen()
}
pub struct Ctx<'a, 'b> { src: &'a str, out: &'b mut Vec<String>, pos: usize }
impl<'a, 'b> Ctx<'a, 'b> {
    #[co] fn next(&mut self) -> &'a str {
        let rest = &self.src[self.pos..];
        tick("scan").await;
        let end = rest.find(' ').unwrap_or(rest.len());
        let w = &rest[..end];
        self.pos += (end + 1).min(rest.len());
        self.out.push(w.to_string());
        w
    }
}
