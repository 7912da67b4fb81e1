// args: 2
// The condition's temporary is bound in a block; a binding of the same name as the generated one is unlikely, but a local `t` used in the condition with a shadowing inside must still read the outer.
fn f(k: i64) -> i64 {
    let t = Tracked::new("outer");
    let r = if weigh(&Tracked::new("tmp"), t.len()).await > k { t.len() } else { 0 };
    tick("a").await;
    r
}
