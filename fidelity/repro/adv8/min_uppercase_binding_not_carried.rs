// args:
// MIN (refusal E0425): a local binding whose name starts with a capital letter (Python-style `MAX_RETRIES = 3` in a
// function body), used after an `.await`: "cannot find value `MAX_RETRIES` in this scope" (taken for a constant/path
// pattern, so not carried). Same for `let Limit = Tracked::new(..)`, `for N in 0..3 { f().await; s += N; }`,
// `Some(V) => { f().await; V.len() }`. Found by probing (see 193).
fn f() -> i64 {
    let MAX_RETRIES = 3i64;
    tick("a").await;
    MAX_RETRIES
}
