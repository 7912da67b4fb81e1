//! A binding whose value the arm that declares it never reads, given a new value and read in a later arm (`let mut x = 1; x = f().await; x`): a never-run branch at the jump assigns and reads it, so that rustc's lint on the arm's `let` is the `async fn`'s.
//!
//! rustc judges each arm's local alone. The `async fn` has one `x`, read
//! later, whose first value is "never read" (`unused_assignments`); the
//! declaring arm's `x` is read nowhere, "unused variable" (`unused_variables`,
//! a different lint and text). After `if never_true() { x = assigned_later();
//! let _ = &x; }` the arm's `x` is read too, and its first value is still
//! never read on any path that runs: rustc then says what it says of the
//! `async fn`. One that another arm only assigns gets the assignment alone
//! ("assigned to, but never used", as the `async fn`'s); one read and
//! assigned nowhere else is left alone ("unused variable" both ways).

use super::*;

impl Emitter<'_> {
    /// The never-run branch before the jump of `edge`, for each binding
    /// that its source arm declares and never reads, that the jump leaves
    /// behind (in scope at the target, not held), and that another arm
    /// reads (assigned, then read) or only assigns (assigned: "assigned to,
    /// but never used", as the `async fn`'s, not "unused variable").
    pub(super) fn dead_values(&self, edge: usize) -> TokenStream {
        let e = &self.l.edges[edge];
        let (from, to) = (&self.l.blocks[e.from], &self.l.blocks[e.to]);
        let mut code = TokenStream::new();
        for &v in to.scope.iter().flatten() {
            let var = &self.l.vars.all[v];
            if var.user.is_none()
                || !var.mutable
                || var.slot.is_some()
                || self.plan.carried[e.to].contains(&v)
                || from.reads.contains(&v)
                || !self.declares(e.from, v)
            {
                continue;
            }
            let x = &var.ident;
            let blocks = &self.l.blocks;
            if blocks.iter().any(|b| b.reads.contains(&v)) {
                code.extend(quote!(#x = #ASSIGNED_LATER(); let _ = &#x;));
            } else if blocks.iter().any(|b| b.mentions.contains(&v)) {
                // Read nowhere; `mentions` is of the arms that do not
                // declare it (`local_mentions` is the declaring arm's).
                code.extend(quote!(#x = #ASSIGNED_LATER();));
            }
        }
        if code.is_empty() {
            return code;
        }
        quote!(if #NEVER_TRUE() { #code })
    }

    /// Whether block `b`'s arm declares `v` itself: by the user's `let` in
    /// its code (not a `let v;` it leaves out, `Marker::Uninit`, emitted
    /// only where the block mentions `v`), or again without a value where
    /// it begins (`Plan::redeclared`); not one it holds (its value is the
    /// variant's) or does not name.
    fn declares(&self, b: usize, v: VarId) -> bool {
        let block = &self.l.blocks[b];
        if self.plan.redeclared[b].contains(&v) {
            return true;
        }
        if block.scope.iter().flatten().any(|&s| s == v) {
            return false;
        }
        let left_out = self
            .l
            .uninit_decls
            .iter()
            .any(|d| d.block == b && d.vars.contains(&v));
        !left_out || block.local_mentions.contains(&v)
    }
}
