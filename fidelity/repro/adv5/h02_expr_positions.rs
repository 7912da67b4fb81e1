// args:
// Awaits in unusual expression positions: casts, unary ops, ranges, repeat lengths, tuple-struct args, receiver+arg.
fn f() -> i64 {
    let a = ready("a", 3i64).await as usize;
    let b = -ready("b", 4).await;
    let c = !ready("c", false).await;
    let d: i64 = (ready("lo", 1).await..ready("hi", 4).await).sum();
    let e = vec![Tracked::new("rep").len(); ready("n", 2).await];
    let p = Point(ready("x", 5).await, ready("y", 6).await);
    let q = ready("recv", Point(1, 1)).await.plus(ready("arg", Point(2, 2)).await);
    a as i64 + b + c as i64 + d + e.len() as i64 + p.0 * p.1 + q.0
}

#[derive(Debug, Clone, Copy)]
pub struct Point(i64, i64);
impl Point {
    pub fn plus(self, o: Point) -> Point { Point(self.0 + o.0, self.1 + o.1) }
}
