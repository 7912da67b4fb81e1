// args: 2
fn f(k: i64) -> String {
    let mut out = String::new();
    for s in [String::from("hello"), String::from("world")] {
        let p = &raw const s;
        tick("x").await;
        let junk = String::from("XXXXX");
        tick("y").await;
        out.push_str(unsafe { &*p });
        out.push_str(&junk);
    }
    format!("{out} {k}")
}
