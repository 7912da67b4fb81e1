// args: 3
// A user `Copy` struct with methods taking `self` (`scaled`, `into_pair`) called on a binding used after awaits.
fn f(k: i64) -> i64 {
    let v = Vec2 { x: k, y: 2 };
    let s = v.scaled(2);
    tick("t").await;
    let (a, b) = v.into_pair();
    let w = v.scaled(ready("f", 3).await);
    s.x + a + b + w.y + v.x
}
#[derive(Clone, Copy, Debug)]
pub struct Vec2 { x: i64, y: i64 }
impl Vec2 {
    fn scaled(self, f: i64) -> Vec2 { Vec2 { x: self.x * f, y: self.y * f } }
    fn into_pair(self) -> (i64, i64) { (self.x, self.y) }
}
