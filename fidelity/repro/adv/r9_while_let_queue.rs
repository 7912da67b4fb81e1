// args:
// while let over a VecDeque work queue, pushing more work from inside.
fn f() -> i64 {
    use std::collections::VecDeque;
    let mut q: VecDeque<(Tracked, i64)> = VecDeque::new();
    q.push_back((Tracked::new("job1"), 3));
    q.push_back((Tracked::new("job2"), 1));
    let mut done = 0;
    while let Some((job, depth)) = q.pop_front() {
        tick("work").await;
        if depth > 1 {
            q.push_back((Tracked::new("child"), depth - 1));
        }
        done += job.len();
    }
    done
}
