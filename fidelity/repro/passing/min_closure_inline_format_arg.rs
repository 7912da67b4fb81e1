// args:
// MIN (refusal): a closure whose only use of a local is an inline format argument `{prefix}`, alive across an await:
// E0505 "cannot move out of `prefix` because it is borrowed" + E0597 "`prefix` does not live long enough".
fn f() -> i64 {
    let prefix = String::from("item-");
    let fmt = |n: i64| format!("{prefix}{n}");
    tick("t").await;
    let s = fmt(1);
    s.len() as i64
}
