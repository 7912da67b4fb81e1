// args:
// A struct holding references (&'a Config, &'a mut Vec) passed into coroutine functions and used across awaits.
fn f() -> i64 {
    let cfg = Config { scale: 3, name: Tracked::new("cfg") };
    let mut out: Vec<i64> = Vec::new();
    {
        let mut ctx = Ctx { cfg: &cfg, out: &mut out };
        for i in 1..=3 {
            step(&mut ctx, i).await;
        }
        ctx.out.push(-1);
    }
    tick("end").await;
    out.iter().sum::<i64>() + cfg.name.len()
}

pub struct Config { scale: i64, name: Tracked }
pub struct Ctx<'a> { cfg: &'a Config, out: &'a mut Vec<i64> }
#[co] fn step(ctx: &mut Ctx<'_>, i: i64) {
    let v = ready("step", i * ctx.cfg.scale).await;
    ctx.out.push(v);
}
