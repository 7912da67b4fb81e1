// args: 1
// A struct literal whose `Box<dyn Debug>` field is an `if` with an await in one branch (coercion at a field).
fn f(k: i64) -> i64 {
    let h = Holder { d: if k == 0 { Box::new(1i64) } else { tick("b").await; Box::new(Tracked::new("boxed")) }, n: k };
    show(&h.d) + h.n
}
pub struct Holder { d: Box<dyn std::fmt::Debug>, n: i64 }
