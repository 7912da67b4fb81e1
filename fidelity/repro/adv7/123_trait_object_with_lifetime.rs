// args:
// `Box<dyn Filter + 'a>` objects borrowing a local word list, applied by a #[co] fn over `&[Box<dyn Filter + 'a>]` with awaits.
fn f() -> i64 {
    let banned = vec![String::from("bad"), String::from("worse")];
    let filters: Vec<Box<dyn Filter + '_>> = vec![Box::new(Ban(&banned)), Box::new(MinLen(3))];
    let words = ["good", "bad", "ok", "fine", "worse"];
    let kept = apply(&filters, &words).await;
    log(kept.join(","));
    kept.ilen()
}
pub trait Filter { fn keep(&self, w: &str) -> bool; }
pub struct Ban<'a>(&'a [String]);
pub struct MinLen(usize);
impl Filter for Ban<'_> { fn keep(&self, w: &str) -> bool { !self.0.iter().any(|b| b == w) } }
impl Filter for MinLen { fn keep(&self, w: &str) -> bool { w.len() >= self.0 } }
#[co] fn apply<'a, 'w>(fs: &[Box<dyn Filter + 'a>], words: &[&'w str]) -> Vec<&'w str> {
    let mut out = Vec::new();
    for w in words {
        let mut ok = true;
        for f in fs {
            if !f.keep(w) { ok = false; break; }
            tick("filter").await;
        }
        if ok { out.push(*w); }
    }
    out
}
