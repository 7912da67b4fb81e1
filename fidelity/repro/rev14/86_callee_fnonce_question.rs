// args: 2
fn f(k: i64) -> Result<i64, String> {
    let a = once(Tracked::new("c"))(ready("a", k).await) + ready("b", ok_if(k)).await?;
    Ok(a)
}
fn once(t: Tracked) -> impl FnOnce(i64) -> i64 {
    move |x| x + t.consume_len()
}
