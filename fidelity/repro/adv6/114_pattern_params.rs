// args:
// #[co] fns with pattern parameters (`(a, b): (i64, Tracked)`, `Pair { a, b }: Pair`, `mut n: i64`) and `mut self`.
fn f() -> i64 {
    let x = tup((3, Tracked::new("tb"))).await;
    let y = pair(Pair { a: Tracked::new("pa"), b: Tracked::new("pbb") }).await;
    let z = Counter(2).bump(5).await;
    x * 100 + y * 10 + z
}
#[co] fn tup((a, b): (i64, Tracked)) -> i64 { tick("tup").await; a + take(b) }
#[co] fn pair(Pair { a, b }: Pair) -> i64 { let n = take(b); tick("pair").await; n + a.len() }
pub struct Counter(i64);
impl Counter {
    #[co] fn bump(mut self, mut n: i64) -> i64 {
        while n > 0 { self.0 += 1; n -= 2; tick("bump").await; }
        self.0
    }
}
