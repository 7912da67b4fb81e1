// args:
// A #[co] fn taking `&str` and returning a `&'a str` slice of it across awaits; used in the caller after more awaits.
fn f() -> i64 {
    let text = String::from("key=value;other=thing");
    let g = Tracked::new("guard");
    let first = first_field(&text, ';').await;
    tick("between").await;
    let k = key_of(first).await;
    log(format!("k={k} first={first}"));
    g.len() + k.ilen() * 10 + first.ilen()
}
#[co] fn first_field<'a>(s: &'a str, sep: char) -> &'a str {
    tick("scan").await;
    match s.find(sep) {
        Some(i) => &s[..i],
        None => s,
    }
}
#[co] fn key_of<'a>(s: &'a str) -> &'a str {
    let eq = ready("find", s.find('=')).await;
    if let Some(i) = eq { &s[..i] } else { "" }
}
