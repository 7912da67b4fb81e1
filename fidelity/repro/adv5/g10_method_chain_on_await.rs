// args:
// Method chains on awaited values: f().await.field.method(), f().await?.iter().map().sum(), f().await.0.len().
fn f() -> Result<i64, String> {
    let a = load().await.title.len();
    let b: i64 = load_list().await?.iter().map(|t| t.len()).sum();
    let c = pair().await.0.len() + pair().await.1;
    let d = load().await.rows.into_iter().filter(|t| t.name().len() > 1).count() as i64;
    Ok(a * 1000 + b * 100 + c * 10 + d)
}

pub struct Doc { title: Tracked, rows: Vec<Tracked> }
#[co] fn load() -> Doc {
    tick("load").await;
    Doc { title: Tracked::new("title"), rows: vec![Tracked::new("r"), Tracked::new("rr")] }
}
#[co] fn load_list() -> Result<Vec<Tracked>, String> {
    tick("list").await;
    Ok(vec![Tracked::new("x"), Tracked::new("yy")])
}
#[co] fn pair() -> (Tracked, i64) {
    tick("pair").await;
    (Tracked::new("p"), 4)
}
