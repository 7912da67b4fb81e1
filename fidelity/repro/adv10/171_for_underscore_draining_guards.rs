// args: 2
// Real uses of `for _ in ..` over owned values with drop glue: draining a Vec of guards (one release per turn,
// awaited), and counting messages taken from a queue. Rust drops each item at the end of its turn.
fn f(k: i64) -> i64 {
    let mut guards: Vec<Guard> = (0..k).map(|i| Guard(i)).collect();
    let mut released = 0;
    for _ in guards.drain(..) {
        tick("release").await;
        released += 1;
    }
    let mut q: VecDeque<Tracked> = VecDeque::from(vec![Tracked::new("m1"), Tracked::new("m2")]);
    let mut n = 0;
    for _ in std::iter::from_fn(|| q.pop_front()) {
        n += ready("count", 1).await;
    }
    released * 10 + n
}
use std::collections::VecDeque;
pub struct Guard(i64);
impl Drop for Guard { fn drop(&mut self) { log(format!("guard {} dropped", self.0)); } }
