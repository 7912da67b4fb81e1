// args: 2
// A tiny HTTP router: split path into segments, match on (method, &[&str]) slice patterns, handlers await.
fn f(k: i64) -> i64 {
    let reqs = ["GET /users/7", "POST /users", "GET /health", "DELETE /users/3/posts/9", "GET /nope/x/y"];
    let mut codes = Vec::new();
    for line in reqs.iter().take(k as usize + 3) {
        let (method, path) = line.split_once(' ').unwrap();
        let segs: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        let _span = Tracked::new("req");
        let code = match (method, segs.as_slice()) {
            ("GET", ["health"]) => 200,
            ("GET", ["users", id]) => ready("get_user", id.parse::<i64>().map_or(400, |n| 200 + n)).await,
            ("POST", ["users"]) => { tick("create").await; 201 }
            ("DELETE", ["users", uid, "posts", pid]) if uid != pid => ready("del", 204).await,
            (_, [first, rest @ ..]) => { log(format!("404 {first} {}", rest.len())); 404 }
            _ => 500,
        };
        codes.push(code);
    }
    codes.iter().sum()
}
