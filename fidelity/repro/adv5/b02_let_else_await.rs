// args: 4
// let-else with awaits in the scrutinee and in the else block; Tracked alive in both.
fn f(n: i64) -> i64 {
    let session = Tracked::new("session");
    let mut total = 0;
    for i in 0..n {
        let Some(user) = find_user(i).await else {
            tick("no-user").await;
            continue;
        };
        let Ok(score) = score_of(&user).await else {
            let _warn = Tracked::new("warn");
            tick("bad-score").await;
            break;
        };
        let [lo, hi] = [score - 1, score + 1];
        total += lo + hi + user.len();
    }
    total + session.len()
}

#[co] fn find_user(i: i64) -> Option<Tracked> {
    tick("find").await;
    if i % 2 == 1 { None } else { Some(Tracked::new("user")) }
}
#[co] fn score_of(u: &Tracked) -> Result<i64, String> {
    let n = ready("score", u.len()).await;
    if n > 3 { Ok(n) } else { Err("low".into()) }
}
