// args:
// A helper returning `impl Iterator + '_` over a struct's Vec, consumed in a for loop with awaits in the body, while another field is read.
fn f() -> i64 {
    let c = Catalog { items: vec![Tracked::new("aa"), Tracked::new("b"), Tracked::new("cccc")], min: 2 };
    let mut n = 0;
    for it in c.big_ones() {
        n = n * 10 + ready(it.name(), it.len()).await + c.min;
    }
    let count = c.big_ones().count() as i64;
    tick("counted").await;
    n * 10 + count
}
pub struct Catalog { items: Vec<Tracked>, min: i64 }
impl Catalog { fn big_ones(&self) -> impl Iterator<Item = &Tracked> + '_ { self.items.iter().filter(move |t| t.len() >= self.min) } }
