// args:
// `#[cfg(..)]` on statements around awaits (feature-flag style): a cfg'd-out `let` shadow, a cfg'd-out awaited statement, cfg'd match arms.
fn f() -> i64 {
    let x = Tracked::new("x");
    #[cfg(any())]
    let x = Tracked::new("disabled");
    #[cfg(all())]
    let y = ready("enabled", 2).await;
    #[cfg(any())]
    tick("never").await;
    let z = match y {
        #[cfg(any())]
        2 => 100,
        2 => { tick("two").await; 20 }
        _ => 0,
    };
    x.len() + y + z
}
