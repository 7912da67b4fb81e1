// args:
// Builder-style struct construction: fields awaited in a literal, ..base update, destructuring with rest.
fn f() -> i64 {
    let base = Request { url: Tracked::new("base-url"), retries: 1, auth: None, body: Tracked::new("body0") };
    let req = Request {
        auth: Some(token().await),
        retries: ready("retries", 3).await,
        ..base
    };
    tick("built").await;
    let Request { url, retries, .. } = req;
    tick("sent").await;
    url.len() + retries
}

pub struct Request {
    url: Tracked,
    retries: i64,
    auth: Option<Tracked>,
    body: Tracked,
}
#[co] fn token() -> Tracked {
    tick("token").await;
    Tracked::new("tok")
}
