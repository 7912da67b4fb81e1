// args: 1
// A #[co] helper generic over `F: for<'a> Fn(&'a str) -> &'a str`, applied to borrowed lines across awaits.
fn f(k: i64) -> i64 {
    let text = String::from("  alpha  \n beta\n  gamma ");
    let trimmed = apply_all(&text, |s| s.trim()).await;
    let firsts = apply_all(&text, |s| s.trim_start().get(..1).unwrap_or("")).await;
    trimmed.len() as i64 * 100 + firsts.join("").len() as i64 + k
}
#[co] fn apply_all<'t, F>(text: &'t str, op: F) -> Vec<&'t str> where F: for<'a> Fn(&'a str) -> &'a str {
    let mut out = Vec::new();
    for line in text.lines() {
        let _l = Tracked::new("line");
        tick("line").await;
        out.push(op(line));
    }
    out
}
