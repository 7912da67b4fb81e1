// args: 3
// An enum with #[co] methods matching `self` by reference (`match self { Job::Copy { src, .. } => .. }`) and a by-value `into_result`.
fn f(k: i64) -> i64 {
    let jobs = vec![Job::Copy { src: Tracked::new("src"), n: k }, Job::Sleep(2), Job::Fail(Tracked::new("oops"))];
    let mut out = 0;
    for j in &jobs {
        out = out * 10 + j.run().await;
    }
    out
}
pub enum Job { Copy { src: Tracked, n: i64 }, Sleep(u32), Fail(Tracked) }
impl Job {
    #[co] fn run(&self) -> i64 {
        match self {
            Job::Copy { src, n } => { tick(src.name()).await; src.len() + n }
            Job::Sleep(d) => ready_after("sleep", *d, *d as i64).await,
            Job::Fail(e) => { log(format!("fail {}", e.name())); 0 }
        }
    }
}
