// args:
// A RAII guard `struct Scope<'a>(&'a mut Vec<String>, &'static str)` with a Drop impl writing into a local Vec, alive across awaits; nested guards; the Vec read after.
fn f() -> i64 {
    let mut events: Vec<String> = Vec::new();
    {
        let mut outer = Scope(&mut events, "outer");
        outer.0.push(String::from("start"));
        tick("in-outer").await;
        {
            let inner = Scope(&mut *outer.0, "inner");
            tick("in-inner").await;
            inner.0.push(String::from("work"));
        }
        outer.0.push(ready("late", String::from("late")).await);
    }
    tick("after").await;
    log(events.join(","));
    events.ilen()
}
pub struct Scope<'a>(&'a mut Vec<String>, &'static str);
impl Drop for Scope<'_> {
    fn drop(&mut self) { log(format!("scope end {}", self.1)); self.0.push(format!("end {}", self.1)); }
}
