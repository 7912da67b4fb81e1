#[coro::coroutine]
fn find(limit: u32) -> u32 {
    'search: loop {
        for i in 0..limit {
            if probe(i).await {
                break 'search i;
            }
        }
        break 0;
    }
}
