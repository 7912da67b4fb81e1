// args: 3
// A worker-pool simulation: jobs in a VecDeque, workers take turns; a failing job is re-queued once.

fn f(k: i64) -> i64 {
    let mut jobs: std::collections::VecDeque<Job> = (0..k + 2).map(|i| Job { id: i, retried: false, _t: Tracked::new("job") }).collect();
    let workers = ["w0", "w1"];
    let mut done = Vec::new();
    let mut turn = 0;
    while let Some(mut job) = jobs.pop_front() {
        let w = workers[turn % workers.len()];
        turn += 1;
        let ok = ready(w, job.id % 3 != 1 || job.retried).await;
        if ok {
            done.push(job.id);
        } else {
            job.retried = true;
            log(format!("requeue {}", job.id));
            jobs.push_back(job);
            tick("backoff").await;
        }
    }
    done.iter().fold(0, |acc, x| acc * 10 + x)
}
struct Job { id: i64, retried: bool, _t: Tracked }
