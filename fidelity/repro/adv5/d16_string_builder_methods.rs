// args:
// String processing with awaits between char scans: title case, word wrap, count vowels; Strings moved into Vec.
fn f() -> i64 {
    let text = fetch().await;
    let mut title = String::new();
    for (i, w) in text.split(' ').enumerate() {
        let mut cs = w.chars();
        if let Some(c) = cs.next() {
            title.extend(c.to_uppercase());
            title.push_str(cs.as_str());
        }
        if i + 1 < text.split(' ').count() {
            title.push(' ');
        }
        tick("word").await;
    }
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for w in title.split_whitespace() {
        if cur.len() + w.len() > 10 {
            lines.push(std::mem::take(&mut cur));
            tick("wrap").await;
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur += w;
    }
    lines.push(cur);
    let vowels = title.chars().filter(|c| "aeiouAEIOU".contains(*c)).count() as i64;
    log(lines.join("|"));
    vowels * 100 + lines.len() as i64
}

#[co] fn fetch() -> String {
    tick("fetch").await;
    String::from("the quick brown fox jumps over the lazy dog")
}
