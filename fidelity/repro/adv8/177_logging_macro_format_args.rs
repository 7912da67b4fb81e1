// args: 1
// A `log_kv!("event", k = v, ..)` macro building a string with format_args!-style pairs, used between awaits with plain (non-shadowed) locals.
fn f(k: i64) -> i64 {
    macro_rules! log_kv { ($ev:expr $(, $k:ident = $v:expr)*) => {{ let mut s = String::from($ev); $( s.push_str(&format!(" {}={}", stringify!($k), $v)); )* log(s); }}; }
    let user = Tracked::new("u");
    let attempt = ready("a", k).await;
    log_kv!("start", attempt = attempt, name = user.name());
    tick("work").await;
    log_kv!("done", status = 200);
    attempt + user.len()
}
