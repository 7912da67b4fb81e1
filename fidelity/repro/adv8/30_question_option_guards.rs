// args:
// A #[co] lookup chain returning Option with `?` on map lookups after awaits, guards alive at each early exit.
fn f() -> i64 {
    use std::collections::HashMap;
    let mut users = HashMap::new();
    users.insert(1, "ann");
    users.insert(2, "bo");
    let mut ages = HashMap::new();
    ages.insert("ann", 30);
    let a = resolve(&users, &ages, 1).await;
    let b = resolve(&users, &ages, 2).await;
    let c = resolve(&users, &ages, 3).await;
    a.unwrap_or(-1) * 100 + b.unwrap_or(-1) * 10 + c.unwrap_or(-1)
}
#[co] fn resolve(users: &std::collections::HashMap<i64, &'static str>, ages: &std::collections::HashMap<&'static str, i64>, id: i64) -> Option<i64> {
    let _g = Tracked::new("req");
    tick("db").await;
    let name = *users.get(&id)?;
    let _n = Tracked::new(name);
    let age = ready("age", ages.get(name).copied()).await?;
    Some(age / 10)
}
