// args: 3
// `?` inside a match guard and inside a scrutinee tuple, with awaits in the scrutinee and arms; error carries Tracked.
fn f(k: i64) -> Result<i64, Tracked> {
    let mut s = 0;
    for i in 0..4 {
        let _it = Tracked::new("it");
        s += match (ready("a", i).await, res_trk(i * 2, "sc")?) {
            (a, b) if res_trk(a + b + k, "guard")? > 4 => ready("big", a * b).await,
            (a, _) => { tick("small").await; a }
        };
    }
    Ok(s)
}
