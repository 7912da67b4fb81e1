// args: vec![String::from("a"), String::from("bcd")]
// Generic coroutine over T: Display, formatting with awaits inside format!.
fn f(items: Vec<String>) -> String {
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        let line = render(it, i).await;
        out.push_str(&line);
    }
    let tail = format!("{}-{}", out.len(), ready("r", 7).await);
    out + &tail
}

#[co] fn render<T: std::fmt::Display>(t: T, i: usize) -> String {
    let g = Tracked::new("render");
    tick("r").await;
    format!("[{}:{}:{}]", i, t, g.name())
}
