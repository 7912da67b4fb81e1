// args:
// MIN (refusal E0505+E0597): a block (or if/match branch) that suspends and then evaluates to a reference to an outer local,
// used after: `let r = { tick().await; &a }; r.len()`: "cannot move out of `a` because it is borrowed" and "`a` does not
// live long enough" (with an i64 `a`: E0597 only). Found by 81_coerce_if_branches_str.rs (variants: `if c { &a } else
// { f().await; &b }`, `match k { 0 => "lit", _ => { f().await; &owned } }`).
fn f() -> i64 {
    let a = Tracked::new("a");
    let r = { tick("t").await; &a };
    r.len()
}
