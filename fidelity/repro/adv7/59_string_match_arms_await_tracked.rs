// args:
// `match s.as_str()` where the scrutinee String is an awaited value bound first; arms await and create guards; a catch-all binds.
fn f() -> i64 {
    let mut score = 0;
    for cmd in ["start", "stop", "pause", "restart"] {
        let s = ready("cmd", cmd.to_string()).await;
        let _g = Tracked::new("cmd-guard");
        score += match s.as_str() {
            "start" => ready("go", 1).await,
            "stop" => { let t = Tracked::new("stopper"); tick("stopping").await; t.len() }
            x if x.starts_with("re") => { tick("re").await; x.ilen() * 100 }
            other => other.ilen() * 10,
        };
    }
    score
}
