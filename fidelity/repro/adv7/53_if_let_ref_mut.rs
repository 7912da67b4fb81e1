// args:
// `if let Some(ref mut x) = opt` and `match &mut state` with awaits inside the arms writing through the binding.
fn f() -> i64 {
    let mut opt = Some(5i64);
    if let Some(ref mut x) = opt {
        *x += ready("add", 10).await;
        tick("in").await;
        *x *= 2;
    }
    let mut st = Mode::Counting(1, Tracked::new("mode"));
    for _ in 0..3 {
        match &mut st {
            Mode::Counting(n, t) => {
                *n += ready(t.name(), *n).await;
                if *n > 3 { st = Mode::Done(*n); }
            }
            Mode::Done(n) => { tick("done").await; *n += 100; }
        }
    }
    let r = match st { Mode::Done(n) => n, Mode::Counting(n, _) => -n };
    opt.unwrap_or(0) * 1000 + r
}
pub enum Mode { Counting(i64, Tracked), Done(i64) }
