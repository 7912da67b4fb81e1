// args:
// MIN (refusal): a match on a reference (`&v`, `v.as_slice()`) whose guard awaits and derefs a binding
// (which is `&i64` by default binding mode): E0614 "type `i64` cannot be dereferenced"
// (the rewrite reads the guard's bindings through `*` once more).
fn f() -> i64 {
    let v = Some(5i64);
    match &v {
        Some(x) if ready("g1", *x).await == 5 => 10,
        _ => 0,
    }
}
