// args:
// MIN (mismatch, silent): a user `show_var!(x)` macro logging `stringify!($x)` prints the coroutine's renamed binding:
// coro  ["poll a", "poll a", "x_shadowing1 = 2"]
// async ["poll a", "poll a", "x = 2"]
// (a direct `stringify!(x)` in the body is right). Found while testing macro inputs (see 116_macro_hygiene_same_name.rs).
fn f() -> i64 {
    macro_rules! show_var { ($x:expr) => { log(format!("{} = {}", stringify!($x), $x)) }; }
    let x = 1i64;
    let x = x + 1;
    tick("a").await;
    show_var!(x);
    x
}
