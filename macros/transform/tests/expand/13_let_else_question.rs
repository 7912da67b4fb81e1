#[coro::coroutine]
fn parse(input: Option<String>) -> Result<u32, std::num::ParseIntError> {
    let Some(text) = input else {
        return Ok(0);
    };
    let n: u32 = load(text).await.trim().parse()?;
    Ok(n + 1)
}
