// args: 2
fn f(k: i64) -> String {
    let s = S { a: String::from("aaa"), b: String::from("bbb") };
    let p = &raw const s;
    let b = s.b;
    tick("x").await;
    let junk = String::from("XXX");
    tick("y").await;
    format!("{} {} {} {}", unsafe { &(*p).a }, b, junk, k)
}
struct S { a: String, b: String }
