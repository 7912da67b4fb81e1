// args: 2
fn f(k: i64) -> String {
    let o = Some(String::from("hello world"));
    let out = match o {
        Some(v) => {
            let p = &raw const v;
            tick("x").await;
            let junk = String::from("XXXXXXXXXXX");
            tick("y").await;
            format!("{} {}", unsafe { &*p }, junk)
        }
        None => String::new(),
    };
    format!("{out} {k}")
}
