// args:
// CamelCase splitter: `char_indices().filter(..)` positions, then slicing words with awaits per word, into Vec<String>.
fn f() -> i64 {
    let s = "parseHttpRequestLine";
    let cuts: Vec<usize> = s.char_indices().filter(|(_, c)| c.is_uppercase()).map(|(i, _)| i).collect();
    let mut words = Vec::new();
    let mut start = 0;
    for &c in cuts.iter().chain(std::iter::once(&s.len())) {
        let w = s[start..c].to_lowercase();
        words.push(ready("word", w).await);
        start = c;
    }
    tick("done").await;
    words.iter().fold(0, |a, w| a * 10 + w.ilen())
}
