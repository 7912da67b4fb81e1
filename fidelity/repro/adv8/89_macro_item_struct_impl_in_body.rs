// args:
// A body-local `macro_rules!` that generates a struct with a Drop impl (item-generating macro), instances held across awaits.
fn f() -> i64 {
    macro_rules! resource { ($name:ident, $tag:expr) => {
        struct $name(i64);
        impl Drop for $name { fn drop(&mut self) { log(format!("drop {} {}", $tag, self.0)); } }
    }; }
    resource!(Sock, "sock");
    let s1 = Sock(1);
    tick("a").await;
    let s2 = Sock(ready("n", 2).await);
    tick("b").await;
    s1.0 * 10 + s2.0
}
