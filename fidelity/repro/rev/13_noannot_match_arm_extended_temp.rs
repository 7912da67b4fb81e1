// args: 0
// Same as 12 without the type annotation (control for change 4).
fn f(k: i64) -> i64 {
    let owned = Tracked::new("owned");
    let s = match k {
        0 => &Tracked::new("temp"),
        _ => { tick("a").await; &owned }
    };
    tick("b").await;
    s.len()
}
