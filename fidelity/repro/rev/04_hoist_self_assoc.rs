// args: 2
// A #[co] method's suspending block defines a local `fn scale`; outside, `Self::scale` names the associated fn.
fn f(k: i64) -> i64 {
    let m = Machine { base: k };
    m.run().await
}
pub struct Machine { base: i64 }
impl Machine {
    fn scale(n: i64) -> i64 { n * 3 }
    #[co] fn run(&self) -> i64 {
        let a = Self::scale(self.base);
        let b = {
            fn scale(n: i64) -> i64 { n * 5 }
            tick("a").await;
            scale(self.base)
        };
        a * 100 + b
    }
}
