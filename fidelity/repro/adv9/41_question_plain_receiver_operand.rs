// args: 0
// Variants of a `?`-produced temporary receiver before a later await: non-awaited `?`, awaited without `?`, unwrap.
fn f(k: i64) -> Result<i64, i64> {
    let a = add3(mk(k)?.len(), k, ready("x", 1).await);
    let b = add3(mk_co(k).await.len(), k, ready("y", 1).await);
    let c = add3(mk(k).unwrap().len(), k, ready("z", 1).await);
    let d = add3(mk_res(k).await.unwrap().len(), k, ready("w", 1).await);
    Ok(a + b + c + d)
}
fn mk(_k: i64) -> Result<Tracked, i64> { Ok(Tracked::new("mk")) }
#[co] fn mk_co(_k: i64) -> Tracked { Tracked::new("co") }
#[co] fn mk_res(_k: i64) -> Result<Tracked, i64> { Ok(Tracked::new("res")) }
