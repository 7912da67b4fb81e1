// args: 1
// A request router: split path into segments, match on slice patterns with bindings, handlers awaited.
fn f(k: i64) -> i64 {
    let reqs = ["/users/42", "/users/7/posts", "/health", "/nope/x/y", "/users/abc"];
    let mut codes = Vec::new();
    for (i, r) in reqs.iter().enumerate() {
        let segs: Vec<&str> = r.split('/').filter(|s| !s.is_empty()).collect();
        let ctx = Tracked::new("ctx");
        let code = match segs.as_slice() {
            ["health"] => tick("health").await.map_or(200, |_| 200),
            ["users", id] => match id.parse::<i64>() {
                Ok(n) => user(n + k, &ctx).await,
                Err(_) => 400,
            },
            ["users", id, "posts"] => {
                let n: i64 = id.parse().unwrap_or(0);
                posts(n).await.len() as i64
            }
            [first, rest @ ..] => { log(format!("404 {first} {}", rest.len())); 404 }
            [] => 500,
        };
        codes.push(code + i as i64);
    }
    codes.iter().sum()
}
trait MapOr { fn map_or(self, d: i64, f: impl FnOnce(()) -> i64) -> i64; }
impl MapOr for () { fn map_or(self, _d: i64, f: impl FnOnce(()) -> i64) -> i64 { f(()) } }
#[co] fn user(id: i64, ctx: &Tracked) -> i64 {
    ready("user", id).await + ctx.len()
}
#[co] fn posts(id: i64) -> Vec<Tracked> {
    tick("posts").await;
    (0..id % 3).map(|_| Tracked::new("post")).collect()
}
