// args:
// `Settings { verbose: f().await, ..self.defaults.clone() }` inside a #[co] &self method; Clone of a Tracked-holding struct (Clone logs).
fn f() -> i64 {
    let app = App { defaults: Settings { name: Named::new("def"), verbose: false, level: 3 } };
    let s = app.settings_for(2).await;
    let t = app.settings_for(0).await;
    s.level * 100 + t.level * 10 + s.verbose as i64 + t.name.0.len() as i64
}
pub struct Named(&'static str);
impl Named { fn new(n: &'static str) -> Named { log(format!("new {n}")); Named(n) } }
impl Clone for Named { fn clone(&self) -> Self { log(format!("clone {}", self.0)); Named(self.0) } }
impl Drop for Named { fn drop(&mut self) { log(format!("drop {}", self.0)); } }
#[derive(Clone)]
pub struct Settings { name: Named, verbose: bool, level: i64 }
pub struct App { defaults: Settings }
impl App {
    #[co] fn settings_for(&self, user: i64) -> Settings {
        tick("lookup").await;
        Settings { verbose: ready("verbose", user > 1).await, level: user + 1, ..self.defaults.clone() }
    }
}
