// args:
// A suspending block defines two cfg alternatives of `fn helper`; a module-level `helper` is called before the block.
fn f() -> i64 {
    let a = helper();
    tick("a").await;
    let b = {
        #[cfg(all())]
        fn helper() -> i64 { 2 }
        #[cfg(not(all()))]
        fn helper() -> i64 { 3 }
        tick("b").await;
        helper()
    };
    a * 10 + b
}
fn helper() -> i64 { 1 }
