#[coro::coroutine]
fn count(n: u32) -> Result<usize, String> {
    let mut v = Vec::new();
    for i in 0..n {
        let x = tick(i).await;
        v.push(x);
        if x == 7 {
            return Err(format!("seven"));
        }
    }
    let s = sub(v.len()).await?;
    Ok(s + v.iter().sum::<u32>() as usize)
}
