// args: Some(String::from("hello")), None
// Option<String> handling: as_deref, map, unwrap_or, and_then with awaits.
fn f(a: Option<String>, b: Option<String>) -> String {
    let name = a.as_deref().unwrap_or("anon");
    let greeting = ready("g", format!("hi {name}")).await;
    let other = b.as_ref().map(|s| s.len()).unwrap_or(0);
    let upper = match a.as_deref() {
        Some(s) if s.len() > 3 => ready("u", s.to_uppercase()).await,
        Some(s) => s.to_string(),
        None => String::new(),
    };
    let joined = [greeting, upper].join(",");
    let b2 = b.unwrap_or_else(|| "dflt".to_string());
    tick("end").await;
    format!("{joined}|{other}|{b2}")
}
