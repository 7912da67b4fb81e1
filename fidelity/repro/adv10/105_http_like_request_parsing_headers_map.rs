// args: 2
// Parse an HTTP-like request from awaited lines into a BTreeMap of headers; route by method and path; body length.
fn f(k: i64) -> Result<i64, ReqErr> {
    let lines = vec!["POST /items HTTP/1.1".to_string(), "Content-Length: 5".to_string(), format!("X-Retry: {k}"), String::new()];
    let mut it = lines.into_iter();
    let start = next_line(&mut it).await.ok_or(ReqErr::Empty)?;
    let mut parts = start.split_whitespace();
    let (method, path) = match (parts.next(), parts.next()) { (Some(m), Some(p)) => (m.to_string(), p.to_string()), _ => return Err(ReqErr::Bad(start)) };
    let mut headers = BTreeMap::new();
    while let Some(line) = next_line(&mut it).await {
        if line.is_empty() { break; }
        let (k, v) = line.split_once(": ").ok_or_else(|| ReqErr::Bad(line.clone()))?;
        headers.insert(k.to_lowercase(), v.to_string());
    }
    let len: i64 = headers.get("content-length").map(|v| v.parse().unwrap_or(0)).unwrap_or(0);
    let code = match (method.as_str(), path.as_str()) {
        ("GET", _) => 200,
        ("POST", "/items") => { tick("create").await; 201 }
        _ => 404,
    };
    Ok(code * 100 + len * 10 + headers.len() as i64)
}
use std::collections::BTreeMap;
#[derive(Debug)] pub enum ReqErr { Empty, Bad(String) }
#[co] fn next_line(it: &mut std::vec::IntoIter<String>) -> Option<String> { tick("line").await; it.next() }
