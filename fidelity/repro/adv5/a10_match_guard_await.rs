// args: 4
// match on an awaited enum with guards that await, bindings by value, a fallback arm awaiting too.
fn f(n: i64) -> i64 {
    let mut sum = 0;
    for i in 0..n {
        sum += match classify(i).await {
            Kind::Small(t) if limit(i).await > t.len() => t.len(),
            Kind::Small(t) => t.len() * 2,
            Kind::Big { t, w } if w > 2 => {
                tick("big").await;
                w + t.len()
            }
            Kind::Big { w, .. } => w,
            Kind::Empty => ready("empty", 0).await,
        };
    }
    sum
}

pub enum Kind {
    Small(Tracked),
    Big { t: Tracked, w: i64 },
    Empty,
}
#[co] fn classify(i: i64) -> Kind {
    tick("classify").await;
    match i % 3 {
        0 => Kind::Small(Tracked::new("sm")),
        1 => Kind::Big { t: Tracked::new("big"), w: i },
        _ => Kind::Empty,
    }
}
#[co] fn limit(i: i64) -> i64 {
    tick("limit").await;
    i
}
