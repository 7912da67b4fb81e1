// args:
// `VecDeque` as a work queue: jobs pop_front'ed, processed with awaits, some push_back new jobs; a guard per job.
fn f() -> i64 {
    use std::collections::VecDeque;
    let mut q: VecDeque<(i64, Tracked)> = VecDeque::new();
    q.push_back((3, Tracked::new("root")));
    let mut done = 0;
    while let Some((depth, job)) = q.pop_front() {
        let _g = Tracked::new("working");
        let d = ready("work", depth).await;
        if d > 1 {
            q.push_back((d - 1, Tracked::new("left")));
            if d == 3 { q.push_front((d - 2, Tracked::new("urgent"))); }
        }
        done += job.len();
        tick("next").await;
    }
    done
}
