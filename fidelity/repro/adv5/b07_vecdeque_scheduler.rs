// args:
// A round-robin scheduler over a VecDeque of task structs with state, each step awaiting.
fn f() -> i64 {
    use std::collections::VecDeque;
    let mut q: VecDeque<Task> = VecDeque::new();
    for (i, name) in ["alpha", "be", "c"].iter().enumerate() {
        q.push_back(Task { id: i as i64, left: name.len() as i64, res: Tracked::new(name) });
    }
    let mut order = Vec::new();
    while let Some(mut t) = q.pop_front() {
        t.left -= ready("step", 2).await;
        if t.left > 0 {
            q.push_back(t);
        } else {
            order.push(t.id);
            tick("finish").await;
            drop(t);
        }
    }
    order.iter().fold(0, |a, x| a * 10 + x)
}

pub struct Task { id: i64, left: i64, res: Tracked }
