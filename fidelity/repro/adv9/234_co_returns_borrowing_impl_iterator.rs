// args: 2
// A #[co] fn returning `impl Iterator<Item = &'a str> + 'a` borrowing its argument, consumed after further awaits,
// and a #[co] method returning an iterator over `&self` fields.
fn f(k: i64) -> i64 {
    let text = String::from("alpha beta gamma delta");
    let it = long_words(&text, k as usize + 3).await;
    tick("t").await;
    let words: Vec<&str> = it.collect();
    let bag = Bag2 { items: vec![Tracked::new("x"), Tracked::new("yy")] };
    let lens: i64 = bag.lens().await.sum();
    words.len() as i64 * 100 + lens
}
#[co] fn long_words<'a>(s: &'a str, min: usize) -> impl Iterator<Item = &'a str> + 'a {
    tick("lw").await;
    s.split(' ').filter(move |w| w.len() >= min)
}
pub struct Bag2 { items: Vec<Tracked> }
impl Bag2 {
    #[co] fn lens(&self) -> impl Iterator<Item = i64> + '_ {
        tick("lens").await;
        self.items.iter().map(|t| t.len())
    }
}
