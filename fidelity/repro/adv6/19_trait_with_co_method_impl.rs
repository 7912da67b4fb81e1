// args:
// A coroutine method in an inherent impl of a type implementing Display; `to_string()` on self across awaits, `format!` of awaited values.
fn f() -> i64 {
    let u = User { name: Tracked::new("ada"), age: 36 };
    let s = u.describe().await;
    let line = format!("{}|{}", ready("pre", 1).await, u);
    tick("fmt").await;
    s.len() as i64 * 100 + line.len() as i64
}
use std::fmt;
pub struct User { name: Tracked, age: i64 }
impl fmt::Display for User {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{}({})", self.name.name(), self.age) }
}
impl User {
    #[co] fn describe(&self) -> String {
        let head = self.to_string();
        tick("describe").await;
        let tail = ready("age", self.age).await;
        format!("{head}:{tail}")
    }
}
