// args: 2
fn f(k: i64) -> String {
    let s = String::from("hello world");
    let p = &raw const s;
    tick("y").await;
    _ = s;
    let junk = String::from("XXXXXXXXXXX");
    tick("x").await;
    format!("{} {} {}", unsafe { &*p }, junk.len(), k)
}
