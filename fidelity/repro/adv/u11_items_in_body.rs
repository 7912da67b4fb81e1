// args:
// Items inside the body (fn, const, use, struct) next to awaits.
fn f() -> i64 {
    use std::fmt::Write as _;
    const LIMIT: i64 = 3;
    fn helper(x: i64) -> i64 {
        x * 2
    }
    #[derive(Debug)]
    struct Local(i64);
    let mut s = String::new();
    let mut n = 0;
    while n < LIMIT {
        n += 1;
        let l = Local(helper(n));
        tick("l").await;
        write!(s, "{:?}", l).unwrap();
    }
    s.len() as i64 + n
}
