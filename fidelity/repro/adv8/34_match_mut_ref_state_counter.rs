// args: 3
// Match ergonomics on `&mut State` with arms mutating through bindings across awaits (`State::Counting(n) => { *n += 1; .. }`).
fn f(k: i64) -> i64 {
    let mut st = St::Counting(0, Tracked::new("c"));
    for _ in 0..=k {
        match &mut st {
            St::Counting(n, t) if *n < 2 => { *n += 1; tick("inc").await; log(format!("{} {}", t.name(), n)); }
            St::Counting(n, _) => { let done = *n; tick("switch").await; st = St::Done(done * 10); }
            St::Done(v) => { *v += ready("more", 1).await; }
        }
    }
    match st { St::Counting(n, t) => n + t.len() * 100, St::Done(v) => v }
}
pub enum St { Counting(i64, Tracked), Done(i64) }
