// args:
// A method returning a Drop guard that borrows self, held across awaits in a &self coroutine.
fn f() -> i64 {
    let m = Mutexish { name: Tracked::new("mx"), locked: std::cell::Cell::new(0) };
    let a = m.critical(2).await;
    let b = m.critical(3).await;
    a + b + m.locked.get()
}

pub struct Mutexish {
    name: Tracked,
    locked: std::cell::Cell<i64>,
}
pub struct Held<'a>(&'a Mutexish);
impl Drop for Held<'_> {
    fn drop(&mut self) {
        log(format!("unlock {}", self.0.name.name()));
    }
}
impl Mutexish {
    fn lock(&self) -> Held<'_> {
        log("lock");
        self.locked.set(self.locked.get() + 1);
        Held(self)
    }
    #[co] fn critical(&self, n: i64) -> i64 {
        let _g = self.lock();
        tick("inside").await;
        let v = ready("v", n).await;
        v + self.name.len()
    }
}
