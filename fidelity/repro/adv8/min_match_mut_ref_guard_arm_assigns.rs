// args:
// MIN (refusal E0499): `match &mut st` with a guarded arm that suspends (`Some(n) if *n < 2 => { tick().await; .. }`) and a
// later arm binding through the same `&mut` that then assigns `st`: "cannot borrow value as mutable more than once at a
// time" at the assigning arm. (Without the guard, or with a tuple scrutinee, it compiles.) Found by 34_match_mut_ref_state_counter.rs.
fn f() -> i64 {
    let mut st = Some(1i64);
    match &mut st {
        Some(n) if *n < 2 => { tick("a").await; *n += 1; }
        Some(n) => { let d = *n; st = Some(d * 2); }
        None => {}
    }
    st.unwrap_or(0)
}
