// args:
// An enum with a coroutine method taking self by value, matching and awaiting.
fn f() -> i64 {
    let a = Job::Fetch(Tracked::new("url"));
    let b = Job::Sleep(2);
    let c = Job::Batch(vec![Job::Sleep(1), Job::Fetch(Tracked::new("u2"))]);
    let ra = Job::run(a).await;
    let rb = Job::run(b).await;
    let rc = Job::run(c).await;
    ra + rb + rc
}

pub enum Job { Fetch(Tracked), Sleep(i64), Batch(Vec<Job>) }
impl Job {
    #[co] fn run(self) -> i64 {
        match self {
            Job::Fetch(t) => {
                tick("fetch").await;
                t.len()
            }
            Job::Sleep(n) => {
                for _ in 0..n {
                    tick("sleep").await;
                }
                n
            }
            Job::Batch(jobs) => {
                let mut s = 0;
                for j in jobs {
                    s += match j {
                        Job::Fetch(t) => ready("inner", t.len()).await,
                        Job::Sleep(n) => n,
                        Job::Batch(v) => v.len() as i64,
                    };
                }
                s
            }
        }
    }
}
