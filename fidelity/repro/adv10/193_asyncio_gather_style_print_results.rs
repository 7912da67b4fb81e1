// args: 3
// An asyncio-style main: run jobs one by one and print each awaited result directly (`println!("{:?}", job().await)`),
// with a per-job Tracked resource; then a summary line built with format! of awaited values.
fn f(k: i64) -> i64 {
    let started = Tracked::new("main");
    for i in 0..k {
        println!("job {i}: {:?}", job(i).await);
        let _slot = Tracked::new("slot");
        tick("next").await;
    }
    let summary = format!("{:?} / {}", total(k).await, started.name());
    log(summary.clone());
    summary.len() as i64
}
#[derive(Debug)] pub struct JobResult { id: i64, _t: Tracked }
#[co] fn job(i: i64) -> JobResult { tick("job").await; JobResult { id: i * 10, _t: Tracked::new("result") } }
#[co] fn total(k: i64) -> Tracked { tick("total").await; if k > 2 { Tracked::new("many") } else { Tracked::new("few") } }
