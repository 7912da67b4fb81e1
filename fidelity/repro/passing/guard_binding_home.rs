// args: 9
// class await-guard: a guarded arm binding borrowed by an inner `match` whose guard awaits (needs a home).
fn f(n: i64) -> i64 {
    match n {
        2 => 0,
        m15 if m15 > 1 => {
            match m15 {
                3 => ready("r16", 2).await,
                m17 if m17 > ready("r18", 0).await => 7,
                _ => m15,
            }
        }
        _ => 1,
    }
}
