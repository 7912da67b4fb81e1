// args: 1
// `&&`/`||` chains mixing awaits, `?`, `return` and Tracked temporaries whose lifetimes end with each operand.
fn f(k: i64) -> Result<i64, Tracked> {
    let mut s = 0;
    for i in 0..4 {
        let _it = Tracked::new("it");
        if ready("a", i > k).await && { if i == 3 { return Ok(-s); } Tracked::new("mid").len() == 3 }
            || (res_trk(i * 2, "never")? > 4 && ready("b", true).await)
        {
            s += 10;
        }
        s += (Tracked::new("x") == 1 || ready("c", i).await == 2) as i64;
    }
    Ok(s)
}
