// args:
// A function returning impl Iterator over a borrowed Vec of Tracked, consumed in a for loop with awaits.
fn f() -> i64 {
    let store = vec![Tracked::new("aa"), Tracked::new("b"), Tracked::new("cccc")];
    let mut n = 0;
    for t in long_names(&store, 1) {
        n += ready("len", t.len()).await;
    }
    let evens: Vec<i64> = evens_up_to(6).collect();
    tick("evens").await;
    for e in evens_up_to(ready("lim", 4).await) {
        n += e;
    }
    n * 100 + evens.len() as i64
}

pub fn long_names(v: &[Tracked], min: usize) -> impl Iterator<Item = &Tracked> + '_ {
    v.iter().filter(move |t| t.name().len() > min)
}
pub fn evens_up_to(n: i64) -> impl Iterator<Item = i64> {
    (0..=n).filter(|x| x % 2 == 0)
}
