// args:
// Port of an asyncio "fetch all then aggregate": sequential awaits over a list of urls, results in a Vec of tuples, `max_by_key`, `iter().position`.
fn f() -> i64 {
    let urls = vec!["a.com", "bbbb.org", "cc.net"];
    let mut results: Vec<(&str, i64, Tracked)> = Vec::new();
    for u in &urls {
        let body = fetch_url(u).await;
        results.push((*u, body.len() as i64, Tracked::new("resp")));
    }
    let (best_url, best_len, _) = results.iter().max_by_key(|(_, l, _)| *l).unwrap();
    tick("aggregate").await;
    let pos = urls.iter().position(|u| u == best_url).unwrap() as i64;
    pos * 100 + best_len
}
#[co] fn fetch_url(u: &str) -> String {
    tick("connect").await;
    let body = format!("<{u}>");
    ready("body", body).await
}
