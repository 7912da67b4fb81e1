// args: 2
fn f(k: i64) -> String {
    let pair = (String::from("hello"), String::from("other"));
    let p = &raw const pair.0;
    let (_, b) = pair;
    tick("x").await;
    let junk = String::from("XXXXX");
    tick("y").await;
    format!("{} {} {} {}", unsafe { &*p }, b, junk, k)
}
