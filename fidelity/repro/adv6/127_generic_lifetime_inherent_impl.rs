// args:
// An inherent impl with a lifetime and a type parameter (`impl<'a, T: Debug> View<'a, T>`), #[co] &self/&mut self methods borrowing fields across awaits.
fn f() -> i64 {
    let data = vec![Tracked::new("d1"), Tracked::new("d22")];
    let mut v = View { items: &data, cursor: 0, label: Tracked::new("view") };
    let a = v.next_shown().await;
    let b = v.next_shown().await;
    let c = v.next_shown().await;
    let d = v.peek_all().await;
    a * 1000 + b * 100 + c * 10 + d
}
use std::fmt::Debug;
pub struct View<'a, T: Debug> { items: &'a [T], cursor: usize, label: Tracked }
impl<'a, T: Debug> View<'a, T> {
    #[co] fn next_shown(&mut self) -> i64 {
        let Some(it) = self.items.get(self.cursor) else { tick("end").await; return 0; };
        let lbl = &self.label;
        tick(lbl.name()).await;
        self.cursor += 1;
        show(it)
    }
    #[co] fn peek_all(&self) -> i64 {
        let mut n = 0;
        for it in self.items { n += ready("peek", show(it)).await; }
        n
    }
}
