// args: 1
// A #[co] method `fn label(&self, c: bool) -> &str` (elided lifetime) whose tail branches suspend.
fn f(k: i64) -> i64 {
    let n = Named { a: String::from("alpha"), b: String::from("be") };
    let s = n.label(k == 1).await;
    s.len() as i64
}
pub struct Named { a: String, b: String }
impl Named {
    #[co] fn label(&self, c: bool) -> &str {
        if c { tick("a").await; &self.a } else { &self.b }
    }
}
