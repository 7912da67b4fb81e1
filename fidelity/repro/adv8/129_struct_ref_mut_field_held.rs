// args:
// A `&mut` to one struct field held across an await while another field is read and written (disjoint field borrows).
fn f() -> i64 {
    let mut st = Stats { hits: 0, misses: 0, log: vec![Tracked::new("l0")] };
    let h = &mut st.hits;
    *h += 1;
    st.misses += ready("m", 2).await;
    *h += st.misses;
    let l = &mut st.log;
    tick("push").await;
    l.push(Tracked::new("l1"));
    st.hits += 1;
    st.hits * 100 + st.misses * 10 + st.log.ilen()
}
pub struct Stats { hits: i64, misses: i64, log: Vec<Tracked> }
