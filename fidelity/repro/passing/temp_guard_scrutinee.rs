// args:
// class temp-across-await: the scrutinee temporary of a match whose guard awaits lives to the end of the statement (seed 14006652254218634789, shrunk).
fn f() -> i64 {
    log_i(match Tracked::new("tmp9").plus((ready("r10", 6).await, 2).1) { 1 => 4, m11 if m11 > ready("r12", 0 - 8).await => 0, _ => 0 });
    log_i(8);
    0
}
