// args:
// Struct update with an awaited base and awaited listed fields; the base's unused fields drop at the statement's end.
fn f() -> i64 {
    let s = Settings { verbose: ready("v", true).await, ..defaults().await };
    let t = Settings { name: Tracked::new("custom"), ..defaults().await };
    tick("end").await;
    s.name.len() + t.level + s.verbose as i64
}

pub struct Settings { name: Tracked, level: i64, verbose: bool, extra: Tracked }
#[co] fn defaults() -> Settings {
    tick("defaults").await;
    Settings { name: Tracked::new("dname"), level: 2, verbose: false, extra: Tracked::new("dextra") }
}
