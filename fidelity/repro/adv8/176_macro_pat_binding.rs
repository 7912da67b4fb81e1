// args:
// A `let_some!($p:pat = $e:expr else $d)` macro expanding to `let Some($p) = $e else { return $d };`, binding used after awaits.
fn f() -> i64 {
    macro_rules! let_some { ($p:pat = $e:expr, $d:expr) => { let Some($p) = $e else { return $d; }; }; }
    let v = vec![Tracked::new("a"), Tracked::new("bb")];
    tick("a").await;
    let_some!(first = v.first(), -1);
    let n = first.len();
    tick("b").await;
    n + first.len()
}
