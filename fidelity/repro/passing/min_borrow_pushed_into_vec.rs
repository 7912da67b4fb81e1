// args:
// MIN (refusal): a borrow of a local stored into another local through a method argument (`v.push(&s)`,
// also `v.push(s.as_str())`), both alive across an await: E0505 "cannot move out of `s` because it is
// borrowed" + E0597 "`s` does not live long enough" (the macro does not see that `v` borrows `s`).
fn f() -> i64 {
    let s = String::from("x");
    let mut v: Vec<&str> = Vec::new();
    v.push(&s);
    tick("a").await;
    v.len() as i64
}
