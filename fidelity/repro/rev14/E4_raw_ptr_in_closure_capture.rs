// args: 2
fn f(k: i64) -> String {
    let s = String::from("hello");
    let get = || &raw const s;
    tick("x").await;
    let junk = String::from("XXXXX");
    tick("y").await;
    format!("{} {} {}", unsafe { &*get() }, junk, k)
}
