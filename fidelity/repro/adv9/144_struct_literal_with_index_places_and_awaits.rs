// args: 1
// Struct and array literals mixing index places, moved bindings and awaited fields (evaluation order with Tracked).
fn f(k: i64) -> i64 {
    let nums = vec![10i64, 20, 30];
    let t = Tracked::new("moved");
    let i = k as usize;
    let rec = Rec { n: nums[i], t, m: ready("m", nums[i + 1]).await, u: Tracked::new("u") };
    let arr = [nums[0], ready("a1", 5).await, nums[i]];
    rec.n + rec.m + rec.t.len() + rec.u.len() + arr.iter().sum::<i64>()
}
pub struct Rec { n: i64, t: Tracked, m: i64, u: Tracked }
