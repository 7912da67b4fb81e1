// args:
// `?` inside an argument list after earlier arguments were evaluated: on error the evaluated Tracked arguments drop (in reverse) before returning.
fn f() -> i64 {
    let a = go(2).await;
    let b = go(6).await;
    show(&a) * 10 + show(&b)
}
#[co] fn go(n: i64) -> Result<i64, String> {
    let _g = Tracked::new("fn-guard");
    let v = take2(Tracked::new("arg1"), Tracked::new(if ok_if(ready("chk", n).await)? > 3 { "big" } else { "small" }));
    let w = add3(Tracked::new("arg3").len(), ok_if(ready("chk2", n + 4).await)?, 1);
    Ok(v + w)
}
