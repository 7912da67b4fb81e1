// args: 1
// `?` in the middle of arithmetic with temporaries alive, and in a method argument; Err path drops.
fn f(n: i64) -> Result<i64, String> {
    let keep = Tracked::new("keep");
    let a = Holder::new("h1").len() + fetch(n).await? + keep.len();
    let b = Holder::new("h2").add(fetch(n + 1).await?, &Tracked::new("arg"));
    let c = fetch(n + 2).await.map(|v| v * 2).or_else(|e| if e.len() > 3 { Err(e) } else { Ok(0) })?;
    Ok(a + b + c)
}

pub struct Holder(pub Tracked);
impl Holder {
    pub fn new(n: &'static str) -> Holder { Holder(Tracked::new(n)) }
    pub fn len(&self) -> i64 { self.0.len() }
    pub fn add(&self, n: i64, t: &Tracked) -> i64 { n + t.len() + self.0.len() }
}
#[co] fn fetch(n: i64) -> Result<i64, String> {
    let _t = Tracked::new("fetch");
    tick("fetch").await;
    if n % 3 == 2 { Err(format!("fail {n}")) } else { Ok(n) }
}
