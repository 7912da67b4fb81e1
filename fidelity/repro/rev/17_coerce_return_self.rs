// args: 1
// A #[co] method returning `&Self` whose tail branches suspend.
fn f(k: i64) -> i64 {
    let a = Node { v: 1 };
    let b = Node { v: 2 };
    let r = a.choose(&b, k == 1).await;
    r.v
}
pub struct Node { v: i64 }
impl Node {
    #[co] fn choose<'a>(&'a self, other: &'a Self, c: bool) -> &'a Self {
        let x: &Self = if c { tick("a").await; other } else { self };
        if c { tick("b").await; x } else { self }
    }
}
