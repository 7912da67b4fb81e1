// args: 2
fn f(k: i64) -> i64 {
    let x = String::from("first");
    let p = &raw const x;
    let x = k;
    tick("x").await;
    let junk = String::from("XXXXX");
    tick("y").await;
    unsafe { (&*p).len() as i64 + x + junk.len() as i64 }
}
