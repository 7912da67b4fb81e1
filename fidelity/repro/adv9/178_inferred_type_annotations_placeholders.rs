// args: 2
// `_` placeholders in annotations of bindings held across awaits (`Vec<_>`, `Box<_>`, `Option<_>`, `_`), turbofish
// `collect::<BTreeMap<_, _>>()`, and qualified paths `<T as Trait>::method`.
fn f(k: i64) -> i64 {
    let v: Vec<_> = (0..k).map(|i| Tracked::new(if i == 0 { "z" } else { "o" })).collect();
    let b: Box<_> = Box::new(Tracked::new("boxed"));
    let o: Option<_> = Some(ready("o", 3i64).await);
    let w: _ = 5i64;
    let m = v.iter().enumerate().map(|(i, t)| (i, t.len())).collect::<std::collections::BTreeMap<_, _>>();
    tick("t").await;
    let d = <i64 as std::ops::Add>::add(w, 1) + <Tracked as ILen2>::ilen2(&b);
    v.len() as i64 + b.len() + o.unwrap_or(0) + m.values().sum::<i64>() + d
}
pub trait ILen2 { fn ilen2(&self) -> i64; }
impl ILen2 for Tracked { fn ilen2(&self) -> i64 { self.0.len() as i64 * 100 } }
