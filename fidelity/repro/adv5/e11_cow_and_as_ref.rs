// args:
// Cow<str> normalisation across awaits; AsRef<str> generic coroutine; Borrow lookups in BTreeMap<String, _>.
fn f() -> i64 {
    use std::borrow::Cow;
    use std::collections::BTreeMap;
    let inputs = vec![String::from("Hello"), String::from("world"), String::from("Rust")];
    let mut normed: Vec<Cow<str>> = Vec::new();
    for s in &inputs {
        let lower = ready("lower", s.chars().any(|c| c.is_uppercase())).await;
        normed.push(if lower { Cow::Owned(s.to_lowercase()) } else { Cow::Borrowed(s.as_str()) });
    }
    let owned = normed.iter().filter(|c| matches!(c, Cow::Owned(_))).count() as i64;
    let mut m: BTreeMap<String, i64> = BTreeMap::new();
    for c in &normed {
        m.insert(c.to_string(), measure(c).await);
    }
    let w = m.get("world").copied().unwrap_or(0);
    owned * 100 + w * 10 + measure(&String::from("xy")).await
}

#[co] fn measure<S: AsRef<str>>(s: S) -> i64 {
    tick("measure").await;
    s.as_ref().len() as i64
}
