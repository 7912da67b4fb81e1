// args:
// Generic #[co] fns over `T: ?Sized` (`&T` with T = str, [i64], dyn Debug) awaiting between uses.
fn f() -> i64 {
    let a = measure::<str>("hello").await;
    let b = measure::<[i64]>(&[1, 2, 3]).await;
    let t = Tracked::new("dyn");
    let c = measure::<dyn std::fmt::Debug>(&t).await;
    a * 10000 + b * 100 + c
}
#[co] fn measure<T: ?Sized + std::fmt::Debug>(x: &T) -> i64 {
    tick("m").await;
    let s = format!("{x:?}");
    ready("len", s.ilen()).await
}
