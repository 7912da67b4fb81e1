// args: 2
// An Option-returning #[co] method chain with `?` on fields and map lookups: `self.users.get(&id)?.email.as_ref()?`.
fn f(k: i64) -> i64 {
    let mut d = Dir { users: BTreeMap::new() };
    d.users.insert(1, User { email: Some("a@x".into()), mgr: Some(2), _t: Tracked::new("u1") });
    d.users.insert(2, User { email: None, mgr: None, _t: Tracked::new("u2") });
    let a = d.manager_email(1).await.map_or(-1, |s| s.len() as i64);
    let b = d.manager_email(k).await.map_or(-1, |s| s.len() as i64);
    let c = d.own_email(1).await.map_or(-1, |s| s.len() as i64);
    a * 100 + b * 10 + c
}
use std::collections::BTreeMap;
pub struct User { email: Option<String>, mgr: Option<i64>, _t: Tracked }
pub struct Dir { users: BTreeMap<i64, User> }
impl Dir {
    #[co] fn own_email(&self, id: i64) -> Option<&String> { tick("own").await; self.users.get(&id)?.email.as_ref() }
    #[co] fn manager_email(&self, id: i64) -> Option<&String> {
        let mgr = self.users.get(&id)?.mgr?;
        tick("mgr").await;
        let e = self.own_email(mgr).await?;
        Some(e)
    }
}
