// args: 2
// A writer loop: `if weigh(&encode(i), i).await > 4 { .. }` -- an awaitable borrowing a freshly built frame in an `if` condition (asyncio `if await sock.send(encode(m))`).
fn f(k: i64) -> i64 {
    fn encode(i: i64) -> Tracked { Tracked::new(if i % 2 == 0 { "even-frame" } else { "odd" }) }
    let mut big = 0;
    for i in 0..=k {
        if weigh(&encode(i), i).await > 4 {
            big += 1;
        }
    }
    big
}
