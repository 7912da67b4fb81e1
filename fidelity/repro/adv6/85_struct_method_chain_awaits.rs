// args:
// `self.items.iter().filter(..).count()` and `self.items.iter().map(..).max()` mixed with awaits inside a #[co] &mut self method, `self.items.sort()` between.
fn f() -> i64 {
    let mut s = Scores { items: vec![5, 3, 9, 1], name: Tracked::new("scores") };
    let a = s.analyze().await;
    s.items.push(ready("late", 7).await);
    let b = s.analyze().await;
    a * 1000 + b
}
pub struct Scores { items: Vec<i64>, name: Tracked }
impl Scores {
    #[co] fn analyze(&mut self) -> i64 {
        let big = self.items.iter().filter(|x| **x > 4).count() as i64;
        tick("counted").await;
        self.items.sort();
        let max = self.items.iter().copied().max().unwrap_or(0);
        let median = self.items[self.items.len() / 2];
        ready(self.name.name(), big * 100 + max * 10 + median).await
    }
}
