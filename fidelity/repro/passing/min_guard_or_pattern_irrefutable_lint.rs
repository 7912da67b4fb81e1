// args:
// MIN (lint difference): a match whose guard awaits, with a last arm `Some(_) | None` (irrefutable or-pattern):
// the coroutine alone warns "irrefutable `if let` pattern".
fn f() -> i64 {
    let t = Some(Tracked::new("opt"));
    match t {
        Some(x) if ready("g", x.len()).await > 5 => x.len(),
        Some(_) | None => 7,
    }
}
