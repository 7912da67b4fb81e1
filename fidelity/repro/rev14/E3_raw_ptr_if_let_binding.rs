// args: 2
fn f(k: i64) -> String {
    let mut out = String::new();
    if let Some(s) = Some(String::from("hello")) {
        let p = std::ptr::addr_of!(s);
        tick("x").await;
        let junk = String::from("XXXXX");
        tick("y").await;
        out.push_str(unsafe { &*p });
        out.push_str(&junk);
    }
    format!("{out} {k}")
}
