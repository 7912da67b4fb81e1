// args: 0
// `let else` whose else block awaits then returns; pattern binds Tracked and a borrowed &str.
fn f(k: i64) -> i64 {
    let line = String::from("key=value");
    let _g = Tracked::new("g");
    let Some((key, val)) = line.split_once(if k == 0 { '=' } else { ':' }) else {
        let e = Tracked::new("else");
        return ready("fail", e.len()).await;
    };
    let Ok(t) = ready("res", res_trk(k, "bad")).await else {
        tick("else2").await;
        return -2;
    };
    key.len() as i64 * 100 + val.len() as i64 + t
}
