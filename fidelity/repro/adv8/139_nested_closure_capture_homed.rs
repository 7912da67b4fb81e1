// args:
// A closure capturing a Vec by `&mut` used before and after an await, with a nested closure inside capturing the same data by ref.
fn f() -> i64 {
    let mut data = vec![Tracked::new("d0")];
    let mut add = |name: &'static str| { data.push(Tracked::new(name)); data.len() as i64 };
    let a = add("d1");
    tick("a").await;
    let b = add("d2");
    let total = || data.iter().map(|t| t.len()).sum::<i64>();
    let c = ready("c", total()).await;
    a * 100 + b * 10 + c
}
