// args: 1
// In a #[co] `&mut self` method: `self.buckets[self.pick(n)].push(f().await)` and `self.buckets[n as usize % 2]
// .push(..)` (computed-index receivers with awaited arguments), common in hash-bucket / sharded code.
fn f(k: i64) -> i64 {
    let mut s = Shards { buckets: vec![vec![], vec![]] };
    s.add(k).await;
    s.add(k + 1).await;
    s.buckets.iter().map(|b| b.len() as i64 * 10).sum::<i64>() + s.buckets[0].iter().sum::<i64>()
}
pub struct Shards { buckets: Vec<Vec<i64>> }
impl Shards {
    fn pick(&self, n: i64) -> usize { log(format!("pick {n}")); (n % 2) as usize }
    #[co] fn add(&mut self, n: i64) {
        self.buckets[n as usize % 2].push(ready("v", n).await);
    }
}
