// args: 3
// Building Strings: push_str(&f().await), `s += &f().await`, extend, insert, truncate, with Tracked names.
fn f(k: i64) -> i64 {
    let mut s = String::new();
    s.push_str(&ready("a", String::from("abc")).await);
    s += &ready("b", "de".to_string()).await;
    s.push(ready("c", 'f').await);
    s.extend(ready("it", vec!['g', 'h']).await);
    s.insert_str(0, ready("pre", Tracked::new("pre")).await.name());
    let mut parts: Vec<String> = Vec::new();
    for i in 0..k { parts.push(format!("{}{}", ready("p", i).await, s.len())); }
    s.truncate(ready("t", 5).await);
    let joined = parts.join("-");
    log(format!("{s} {joined}"));
    s.len() as i64 * 100 + joined.len() as i64
}
