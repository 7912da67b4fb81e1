// args: 2
// Round-robin scheduler: VecDeque<(Tracked, i64)> tasks, pop_front, await a step, push_back unless finished.
fn f(k: i64) -> i64 {
    use std::collections::VecDeque;
    let mut q: VecDeque<(Tracked, i64)> = VecDeque::new();
    q.push_back((Tracked::new("A"), k));
    q.push_back((Tracked::new("B"), 1));
    let mut order = 0;
    while let Some((task, left)) = q.pop_front() {
        tick(task.name()).await;
        order = order * 10 + task.len() + left;
        if left > 0 { q.push_back((task, left - 1)); }
    }
    order
}
