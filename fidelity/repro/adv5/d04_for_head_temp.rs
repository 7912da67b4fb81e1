// args:
// for loops whose head borrows a temporary (items of a Holder), with awaits and break inside.
fn f() -> i64 {
    let mut n = 0;
    for t in Bag::new().items() {
        n += ready("item", t.len()).await;
    }
    tick("between").await;
    for (i, t) in Bag::new().items().enumerate() {
        if i == 1 {
            break;
        }
        let _x = Tracked::new("body");
        tick("b").await;
        n += t.len();
    }
    n
}

pub struct Bag(pub Vec<Tracked>);
impl Bag {
    pub fn new() -> Bag { Bag(vec![Tracked::new("b1"), Tracked::new("b22")]) }
    pub fn items(&self) -> std::slice::Iter<'_, Tracked> { self.0.iter() }
}
