// args:
// A borrow of one field held across an await while another field is mutated.
fn f() -> i64 {
    let mut st = St { name: Tracked::new("nm"), hist: Vec::new(), n: 0 };
    let r = &st.name;
    tick("a").await;
    st.hist.push(Tracked::new("h"));
    st.n += 1;
    let l = r.len();
    let h = &mut st.hist;
    tick("b").await;
    h.push(Tracked::new("h2"));
    l + st.n + st.hist.len() as i64 + st.name.len()
}

pub struct St { name: Tracked, hist: Vec<Tracked>, n: i64 }
