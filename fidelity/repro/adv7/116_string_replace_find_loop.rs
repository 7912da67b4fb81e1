// args:
// A template renderer: `find("{{")` loop over a `&str` rest slice reassigned across awaits, variables looked up via an awaited closure-free helper.
fn f() -> i64 {
    let tpl = "Hi {{name}}, you have {{n}} new {{what}}!";
    let out = render(tpl).await;
    log(out.clone());
    out.ilen()
}
#[co] fn render(tpl: &str) -> String {
    let mut out = String::with_capacity(tpl.len());
    let mut rest = tpl;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else { break; };
        let key = &after[..end];
        out.push_str(&lookup(key).await);
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    out
}
#[co] fn lookup(key: &str) -> String {
    let _g = Tracked::new("lookup");
    tick("lookup").await;
    match key { "name" => "Ada".to_string(), "n" => 3.to_string(), other => format!("<{other}>") }
}
