// args:
// `'jobs: while let Some(job) = jobs.pop()` with an inner `for` over owned steps (Vec<Tracked>) that `continue 'jobs` on failure.
fn f() -> i64 {
    let mut jobs = vec![vec!["s1", "bad", "s3"], vec!["a", "b"]];
    let mut done = 0;
    'jobs: while let Some(steps) = jobs.pop() {
        let owned: Vec<Tracked> = steps.iter().map(|s| Tracked::new(s)).collect();
        for st in owned {
            if ready("step", st.len()).await == 3 {
                log("fail");
                continue 'jobs;
            }
            done += 1;
        }
        tick("job done").await;
    }
    done
}
