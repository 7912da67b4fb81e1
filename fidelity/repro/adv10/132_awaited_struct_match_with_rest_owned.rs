// args: 2
// `match fetch().await { Resp { code: 200, body, .. } => .. }` on an owned value: `..` over Copy-only fields.
fn f(k: i64) -> i64 {
    let mut n = 0;
    for i in 0..2 {
        match fetch(i + k).await {
            Resp { code: 200, body, _hdr: _ , .. } => { tick("ok").await; n += body.len(); }
            Resp { code, .. } => { n += code; }
        }
    }
    n
}
pub struct Resp { code: i64, body: Tracked, _hdr: Tracked, retries: i64 }
#[co] fn fetch(i: i64) -> Resp { tick("fetch").await; Resp { code: if i % 2 == 0 { 200 } else { 404 }, body: Tracked::new("body"), _hdr: Tracked::new("hdr"), retries: 0 } }
