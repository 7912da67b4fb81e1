// args:
// `if let Some(x) = stack.pop() { .. } else if let Some(y) = queue.pop_front() { .. } else { .. }` in a worker loop with awaits.
fn f() -> i64 {
    use std::collections::VecDeque;
    let mut stack = vec![Tracked::new("s1")];
    let mut queue: VecDeque<Tracked> = VecDeque::from(vec![Tracked::new("q1"), Tracked::new("q2")]);
    let mut order = 0;
    for _ in 0..5 {
        if let Some(x) = stack.pop() {
            tick(x.name()).await;
            order = order * 10 + 1;
        } else if let Some(y) = queue.pop_front() {
            let n = ready(y.name(), y.len()).await;
            if n == 2 && order < 100 { stack.push(Tracked::new("pushed")); }
            order = order * 10 + 2;
        } else {
            tick("idle").await;
            order = order * 10 + 3;
        }
    }
    order
}
