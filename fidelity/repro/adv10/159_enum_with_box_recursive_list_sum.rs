// args: 3
// A cons list enum with Box, built and summed iteratively with awaits; `match *node` and `match &**node`.
fn f(k: i64) -> i64 {
    let mut list = List::Nil;
    for i in 0..k { list = List::Cons(ready("v", i).await, Tracked::new("cell"), Box::new(list)); }
    let mut sum = 0;
    let mut cur = &list;
    while let List::Cons(v, t, next) = cur {
        tick(t.name()).await;
        sum += v;
        cur = &**next;
    }
    let n = match list { List::Cons(v, _, rest) => { tick("head").await; v + matches!(*rest, List::Nil) as i64 } List::Nil => -1 };
    sum * 10 + n
}
pub enum List { Cons(i64, Tracked, Box<List>), Nil }
