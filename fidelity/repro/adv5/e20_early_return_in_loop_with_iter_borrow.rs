// args: 2
// Returning a value computed from a borrowed element from inside a loop over a borrowed Vec, after awaits.
fn f(k: i64) -> i64 {
    let users = vec![User { id: 1, name: Tracked::new("ann") }, User { id: 2, name: Tracked::new("bobby") }];
    for u in &users {
        let ok = check(u.id, k).await;
        if ok {
            let greeting = format!("hi {}", u.name.name());
            tick("greet").await;
            return greeting.len() as i64 + u.id;
        }
    }
    tick("none").await;
    -1
}

pub struct User { id: i64, name: Tracked }
#[co] fn check(id: i64, k: i64) -> bool {
    tick("check").await;
    id == k
}
