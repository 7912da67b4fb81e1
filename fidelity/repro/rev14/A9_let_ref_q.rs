// args: 2
fn f(k: i64) -> Result<i64, String> {
    let ref r = ready("a", res_trk(k, "t").map_err(|t| t.into_name())).await?;
    let ref s = ok_if(k)?;
    tick("x").await;
    Ok(*r + *s)
}
