// args: 2
fn f(k: i64) -> String {
    let p = &raw const *String::from("hello world");
    tick("x").await;
    let junk = String::from("XXXXXXXXXXX");
    tick("y").await;
    format!("{} {} {}", unsafe { &*p }, junk, k)
}
