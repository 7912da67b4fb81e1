// args: 3
// A timer-wheel scheduler: BinaryHeap<Reverse<(when, id)>> popped in a loop, each task's step awaited, re-queued.
fn f(k: i64) -> i64 {
    let mut heap = BinaryHeap::new();
    let mut tasks: Vec<TaskS> = (0..3).map(|i| TaskS { id: i, left: i + k % 2 + 1, _t: Tracked::new("task") }).collect();
    for t in &tasks { heap.push(Reverse((t.id * 2, t.id))); }
    let mut order = Vec::new();
    while let Some(Reverse((when, id))) = heap.pop() {
        let t = &mut tasks[id as usize];
        let more = t.step(when).await;
        order.push(id);
        if more { heap.push(Reverse((when + 3, id))); }
        if order.len() > 10 { break; }
    }
    order.iter().fold(0, |a, x| a * 3 + x) + heap.len() as i64
}
use std::cmp::Reverse;
use std::collections::BinaryHeap;
pub struct TaskS { id: i64, left: i64, _t: Tracked }
impl TaskS {
    #[co] fn step(&mut self, now: i64) -> bool {
        ready("step", now).await;
        self.left -= 1;
        self.left > 0
    }
}
