// args: 2
// matches! used in closures (filter/retain/position), and in `if` with awaited scrutinee; enum kinds.
fn f(k: i64) -> i64 {
    let mut evs = vec![Kind::A(1), Kind::B(Tracked::new("b1")), Kind::A(k), Kind::C, Kind::B(Tracked::new("b2"))];
    let as_count = evs.iter().filter(|e| matches!(e, Kind::A(n) if *n > 1)).count() as i64;
    tick("counted").await;
    evs.retain(|e| !matches!(e, Kind::C));
    let pos = evs.iter().position(|e| matches!(e, Kind::B(_))).unwrap_or(99) as i64;
    let mut n = 0;
    if matches!(ready("k", Kind::A(k)).await, Kind::A(2)) { n += 100; }
    tick("end").await;
    n + as_count * 10 + pos + evs.len() as i64 * 1000
}
pub enum Kind { A(i64), B(Tracked), C }
