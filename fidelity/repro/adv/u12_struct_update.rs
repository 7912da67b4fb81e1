// args:
// Struct update syntax with Default and awaited fields.
fn f() -> i64 {
    let base = Config { name: String::from("base"), retries: 1, verbose: false, tag: None };
    let c1 = Config { retries: ready("r", 5).await, ..Default::default() };
    let c2 = Config { name: ready("n", String::from("c2")).await, ..base };
    let c3 = Config { tag: Some(Tracked::new("tag")), verbose: true, ..c1 };
    tick("t").await;
    c2.retries + c3.retries + c2.name.len() as i64 + c3.tag.map(|t| t.len()).unwrap_or(0)
}

#[derive(Default)]
pub struct Config { name: String, retries: i64, verbose: bool, tag: Option<Tracked> }
