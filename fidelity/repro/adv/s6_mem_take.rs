// args:
// Option::take, mem::replace and mem::take on fields across awaits.
fn f() -> i64 {
    let mut st = State { current: Some(Tracked::new("cur")), hist: vec![], name: String::from("st") };
    let old = st.current.take();
    tick("a").await;
    st.current = Some(Tracked::new("next"));
    let prev = std::mem::replace(&mut st.current, None);
    tick("b").await;
    st.hist.push(Tracked::new("h"));
    let hist = std::mem::take(&mut st.hist);
    tick("c").await;
    let n = st.name.len() as i64;
    old.map(|t| t.len()).unwrap_or(0) + prev.map(|t| t.len()).unwrap_or(0) + hist.len() as i64 + n
}

pub struct State {
    current: Option<Tracked>,
    hist: Vec<Tracked>,
    name: String,
}
