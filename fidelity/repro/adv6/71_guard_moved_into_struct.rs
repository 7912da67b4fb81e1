// args:
// A guard moved into a struct field after an await, the struct then replaced (old drops), and a guard moved into a #[co] fn that drops it mid-way.
fn f() -> i64 {
    let g1 = Guard::new("g1");
    tick("a").await;
    let mut holder = Holder { g: g1, n: 1 };
    tick("b").await;
    holder = Holder { g: Guard::new("g2"), n: holder.n + 1 };
    let g3 = Guard::new("g3");
    let r = consume_guard(g3, 2).await;
    tick("c").await;
    holder.n * 10 + r
}
pub struct Guard(&'static str);
impl Guard { fn new(n: &'static str) -> Guard { log(format!("acquire {n}")); Guard(n) } }
impl Drop for Guard { fn drop(&mut self) { log(format!("release {}", self.0)); } }
pub struct Holder { g: Guard, n: i64 }
#[co] fn consume_guard(g: Guard, n: i64) -> i64 {
    tick("holding").await;
    if n > 1 { drop(g); }
    tick("after-drop").await;
    n
}
