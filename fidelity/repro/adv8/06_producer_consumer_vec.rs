// args: 2
// asyncio producer/consumer port: a Vec<Tracked> as queue, producer pushes, consumer pops with `while let`, awaits in both.
fn f(k: i64) -> i64 {
    let mut queue: Vec<Tracked> = Vec::new();
    let names = ["j0", "j1", "j2", "j3"];
    let mut produced = 0;
    let mut consumed = 0;
    for round in 0..=k {
        for n in names.iter().take(2 + round as usize) {
            tick("produce").await;
            queue.push(Tracked::new(n));
            produced += 1;
        }
        while let Some(job) = queue.pop() {
            if job.len() > 2 { continue; }
            consumed += ready("consume", job.len()).await;
            if consumed > 5 { break; }
        }
    }
    produced * 100 + consumed + queue.ilen()
}
