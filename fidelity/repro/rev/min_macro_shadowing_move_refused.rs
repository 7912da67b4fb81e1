// args:
// MIN (refusal E0382, change 6a fragment/macro_input.rs; passed before): `let t = wrap!(t);` moves the old `t` into a
// new binding of the same name; the old one, never named again, is now held to its scope's end across the await.
// (The documented new refusal, but this shadowing idiom never names the moved binding again.)
// error[E0382]: use of moved value: `t`
fn f() -> i64 {
    macro_rules! wrap { ($e:expr) => { Some($e) }; }
    let t = Tracked::new("t");
    let t = wrap!(t);
    tick("a").await;
    t.map(|x| x.len()).unwrap_or(0)
}
