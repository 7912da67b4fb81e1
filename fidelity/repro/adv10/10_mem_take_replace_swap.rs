// args: 2
// std::mem::take / replace / swap around awaits on Vec<Tracked>, Option<Tracked>, and struct fields.
fn f(k: i64) -> i64 {
    let mut batch = vec![Tracked::new("b1"), Tracked::new("b2")];
    let mut cur = Some(Tracked::new("cur"));
    let mut st = Holder { a: Tracked::new("ha"), b: Tracked::new("hb") };
    let mut n = 0;
    for i in 0..k {
        let old = std::mem::take(&mut batch);
        n += ready("flush", old.len() as i64).await;
        batch.push(Tracked::new("nb"));
        let prev = std::mem::replace(&mut cur, if i % 2 == 0 { None } else { Some(Tracked::new("rep")) });
        tick("rep").await;
        n += prev.map_or(0, |t| t.len());
        std::mem::swap(&mut st.a, &mut st.b);
        tick("swap").await;
    }
    let old_a = std::mem::replace(&mut st.a, Tracked::new("fresh"));
    n + old_a.len() + ready("end", st.b.len()).await
}
pub struct Holder { a: Tracked, b: Tracked }
