// args:
// An event loop over an enum of commands with payloads, dispatching to coroutine handlers that mutate a context.
fn f() -> i64 {
    let mut ctx = Ctx { users: Vec::new(), log: Vec::new() };
    let cmds = vec![
        Cmd::Add(Tracked::new("ann")),
        Cmd::Add(Tracked::new("bob")),
        Cmd::Rename(0, Tracked::new("anna")),
        Cmd::Remove(1),
        Cmd::Remove(5),
    ];
    for cmd in cmds {
        let r = match cmd {
            Cmd::Add(t) => ctx.add(t).await,
            Cmd::Rename(i, t) => ctx.rename(i, t).await,
            Cmd::Remove(i) => ctx.remove(i).await,
        };
        if let Err(e) = r {
            ctx.log.push(e);
            tick("err").await;
        }
    }
    ctx.users.len() as i64 * 10 + ctx.log.len() as i64
}

pub enum Cmd { Add(Tracked), Rename(usize, Tracked), Remove(usize) }
pub struct Ctx { users: Vec<Tracked>, log: Vec<String> }
impl Ctx {
    #[co] fn add(&mut self, t: Tracked) -> Result<(), String> {
        tick("add").await;
        self.users.push(t);
        Ok(())
    }
    #[co] fn rename(&mut self, i: usize, t: Tracked) -> Result<(), String> {
        tick("rename").await;
        let slot = self.users.get_mut(i).ok_or_else(|| format!("no user {i}"))?;
        let old = std::mem::replace(slot, t);
        tick("renamed").await;
        log(format!("renamed {}", old.name()));
        Ok(())
    }
    #[co] fn remove(&mut self, i: usize) -> Result<(), String> {
        tick("remove").await;
        if i >= self.users.len() {
            return Err(format!("bad index {i}"));
        }
        let gone = self.users.remove(i);
        tick("removed").await;
        drop(gone);
        Ok(())
    }
}
