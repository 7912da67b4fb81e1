// args:
// HTTP-ish request line dispatch on byte slices: `match req.as_bytes() { [b'G', b'E', b'T', b' ', rest @ ..] => .. }` with awaits.
fn f() -> i64 {
    let reqs = ["GET /a", "POST /bb", "PUT /c", "X"];
    let mut out = 0;
    for r in reqs {
        let owned = ready("recv", r.to_string()).await;
        out = out * 10 + match owned.as_bytes() {
            [b'G', b'E', b'T', b' ', rest @ ..] => { tick("get").await; rest.len() as i64 }
            [b'P', b'O', b'S', b'T', b' ', path @ ..] if path.len() > 2 => ready("post", path.len() as i64 * 2).await,
            [first, ..] if first.is_ascii_uppercase() => { tick("other").await; 7 }
            _ => 0,
        };
    }
    out
}
