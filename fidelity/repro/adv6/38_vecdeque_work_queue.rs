// args:
// `while let Some(job) = queue.pop_front()` with awaits, jobs that spawn follow-up jobs pushed back, a Tracked job moved into a done list.
fn f() -> i64 {
    let mut queue: VecDeque<(i64, Tracked)> = VecDeque::new();
    queue.push_back((2, Tracked::new("root")));
    let mut done = Vec::new();
    let mut steps = 0;
    while let Some((depth, t)) = queue.pop_front() {
        steps += 1;
        let n = ready(t.name(), depth).await;
        if n > 0 {
            queue.push_back((n - 1, Tracked::new("child")));
            if n > 1 { queue.push_front((0, Tracked::new("urgent"))); }
        }
        if steps % 2 == 0 { done.push(t); } else { tick("skip").await; }
    }
    steps * 10 + done.len() as i64
}
use std::collections::VecDeque;
