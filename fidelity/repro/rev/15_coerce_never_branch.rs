// args: 0
// A branch whose value is a call of a fn returning `!` in a let typed `&str` whose other branch suspends.
fn f(k: i64) -> i64 {
    let s: &str = match k {
        0 => { tick("a").await; "zero" }
        _ => fail(),
    };
    let t: &str = if k == 0 { tick("b").await; "z" } else { fail() };
    s.len() as i64 + t.len() as i64
}
fn fail() -> ! { panic!("bad") }
