// args:
// A #[co] &self method returning `Result<&Tracked, String>` and `Option<&mut Tracked>` from `&mut self`, used with `?` and `if let` by a #[co] caller.
fn f() -> i64 {
    let mut reg = Reg { items: vec![Tracked::new("one"), Tracked::new("three")] };
    let a = use_reg(&mut reg).await.unwrap_or(-1);
    let b = reg.find("none").await.map(|t| t.len()).unwrap_or_else(|e| e.len() as i64);
    a * 100 + b
}
pub struct Reg { items: Vec<Tracked> }
impl Reg {
    #[co] fn find(&self, name: &str) -> Result<&Tracked, String> {
        tick("find").await;
        self.items.iter().find(|t| t.name() == name).ok_or(format!("missing {name}"))
    }
    #[co] fn find_mut(&mut self, i: usize) -> Option<&mut Tracked> {
        tick("find_mut").await;
        self.items.get_mut(i)
    }
}
#[co] fn use_reg(r: &mut Reg) -> Result<i64, String> {
    let n = r.find("three").await?.len();
    if let Some(t) = r.find_mut(0).await {
        *t = Tracked::new("replaced");
    }
    let m = r.find("replaced").await?.len();
    Ok(n * 10 + m)
}
