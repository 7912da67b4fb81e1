// args:
// A `retry!(n, block)` macro taking a `$b:block` of sync code that reads a local held across awaits; awaits between retries.
fn f() -> i64 {
    macro_rules! retry { ($n:expr, $b:block) => {{ let mut r = None; for _ in 0..$n { if let Some(v) = $b { r = Some(v); break; } } r }}; }
    let data = vec![0i64, 0, 5];
    let view = &data;
    let mut idx = 0;
    tick("start").await;
    let got = retry!(5, { idx += 1; let v = view[idx.min(2)]; if v > 0 { Some(v) } else { None } });
    tick("got").await;
    got.unwrap_or(-1) * 10 + idx as i64 + data.ilen()
}
