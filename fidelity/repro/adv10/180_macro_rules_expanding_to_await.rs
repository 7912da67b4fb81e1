// args: 2
// A module-level macro_rules! whose expansion contains `.await` (a retry helper written as a macro), used in the body.
fn f(k: i64) -> i64 {
    let a = retry_twice!(fetch(k));
    let b = retry_twice!(fetch(k + 1));
    a * 10 + b
}
macro_rules! retry_twice {
    ($call:expr) => {{
        match $call.await { Some(v) => v, None => { log("retry"); $call.await.unwrap_or(-1) } }
    }};
}
use retry_twice;
#[co] fn fetch(n: i64) -> Option<i64> { tick("fetch").await; if n % 2 == 0 { Some(n) } else { None } }
