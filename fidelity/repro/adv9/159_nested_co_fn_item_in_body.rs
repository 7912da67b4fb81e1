// args: 2
// A #[co] fn item and a struct with a #[co] method declared inside the body (after an await), then awaited.
fn f(k: i64) -> i64 {
    let a = ready("a", k).await;
    #[co] fn helper(n: i64) -> i64 {
        let _h = Tracked::new("inner-helper");
        tick("helper").await;
        n * 3
    }
    struct Acc { n: i64 }
    impl Acc {
        #[co] fn add(&mut self, x: i64) -> i64 { tick("acc").await; self.n += x; self.n }
    }
    let mut acc = Acc { n: 0 };
    let b = helper(a).await;
    acc.add(b).await + acc.add(1).await
}
