// args:
// String slices of a homed String held across several awaits, then the String moved into a struct.
fn f() -> i64 {
    let line = String::from("GET /index.html HTTP/1.1");
    let method = &line[..3];
    let path = line.split(' ').nth(1).unwrap_or("/");
    let n = ready("m", method.len() as i64).await;
    let ext = path.rsplit('.').next().unwrap_or("");
    tick("parsed").await;
    let score = n * 100 + ext.len() as i64 * 10 + path.len() as i64;
    let req = Request { raw: line, tag: Tracked::new("req") };
    tick("end").await;
    score + req.raw.len() as i64 + req.tag.len()
}

pub struct Request { raw: String, tag: Tracked }
