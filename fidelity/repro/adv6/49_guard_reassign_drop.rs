// args:
// A guard struct with Drop held across awaits, replaced by assignment after an await (old one drops at the assignment), then `drop(g)` explicitly.
fn f() -> i64 {
    let mut g = Guard::new("a");
    let n = ready("x", 1).await;
    g = Guard::new("b");
    tick("y").await;
    let h = Guard::new("c");
    g = Guard::new("d");
    drop(h);
    tick("z").await;
    drop(g);
    let _k = Guard::new("e");
    ready("w", n + 1).await
}
pub struct Guard(&'static str);
impl Guard { fn new(n: &'static str) -> Guard { log(format!("acquire {n}")); Guard(n) } }
impl Drop for Guard { fn drop(&mut self) { log(format!("release {}", self.0)); } }
