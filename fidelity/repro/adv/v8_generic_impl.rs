// args:
// Generic impl blocks with coroutine methods; Self constructors; Self:: calls.
fn f() -> String {
    let w = Wrapper::<i64>::create(5).await;
    let s = w.show().await;
    let mut w2 = Wrapper { inner: String::from("txt"), tag: Tracked::new("w2") };
    let r = w2.inner_mut().await;
    r.push('!');
    format!("{s}|{}", w2.show().await)
}

pub struct Wrapper<T> { inner: T, tag: Tracked }
impl<T: std::fmt::Debug> Wrapper<T> {
    #[co] fn create(inner: T) -> Self {
        tick("create").await;
        Self { inner, tag: Tracked::new("w") }
    }
    #[co] fn show(&self) -> String {
        let d = Self::describe(self);
        tick("show").await;
        d
    }
    fn describe(&self) -> String {
        format!("{:?}/{}", self.inner, self.tag.name())
    }
    #[co] fn inner_mut(&mut self) -> &mut T {
        tick("mut").await;
        &mut self.inner
    }
}
