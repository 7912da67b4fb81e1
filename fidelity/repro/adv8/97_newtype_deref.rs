// args:
// A newtype `Name(String)` with `impl Deref<Target = str>`; methods through deref on bindings and on awaited values.
fn f() -> i64 {
    let n = Name(String::from("alice"));
    let up = n.to_uppercase();
    tick("a").await;
    let m = ready("m", Name(String::from("bo"))).await;
    let c = m.chars().count() as i64 + n.len() as i64;
    tick("b").await;
    c * 10 + up.ilen() + ready("x", Name("zed".into())).await.len() as i64
}
pub struct Name(String);
impl std::ops::Deref for Name { type Target = str; fn deref(&self) -> &str { &self.0 } }
