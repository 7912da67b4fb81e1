// args:
// MIN (refusal: parse errors): a pattern binding introduced inside a user macro's input (`match .. { Some(x) => x, .. }`,
// `{ let t = 100; t }`, an untyped closure param `|x| **x > 2`) named like a homed coroutine binding: the binding is
// rewritten to the home's place expression, "expected one of `)`, `,`, `if`, or `|`, found `.`" / E0532.
// Found by probing macro inputs (see 195).
fn f() -> i64 {
    macro_rules! m { ($e:expr) => { $e }; }
    let x = 1i64;
    let r = &x;
    tick("a").await;
    let n = m!(match Some(50i64) { Some(x) => x, None => 0 });
    n + *r
}
