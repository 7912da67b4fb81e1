//! The leaf layer: questions about the user's syntax that need no lowering
//! state. Nothing here imports another module of the crate but `rules` (the
//! texts of its refusals); every phase imports from here.

pub mod awaits;
pub mod errors;
pub mod expr;
pub mod loops;
pub mod macros;
pub mod moves;
pub mod names;
pub mod pattern;
pub mod slices;
pub mod struct_update;
pub mod tokens;
pub mod types;

pub use awaits::contains_await;

/// How an expression uses a place it mentions.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ctx {
    /// By value: a possible move (or a copy; the macro cannot tell).
    Value,
    /// Through a reference (`&x`, `x == y`, `x[i]`, format arguments): never moves.
    Place,
    /// A method receiver: autoref or by value, unknown before type checking;
    /// assumed borrowed unless the method is known to consume it
    /// (`moves::consumes_receiver`).
    Receiver,
    /// The left side of `=`: (re)initialises a bare binding.
    Assign,
    /// By value, but of a part of the place (a field, a deref, what a
    /// pattern destructures, the base of `..base`): a possible (partial)
    /// move that leaves the rest of the binding in place.
    Project,
    /// The callee of a call `f()`: a move (`FnOnce`) or a borrow (`Fn`,
    /// `FnMut`), unknown before type checking; assumed a borrow.
    Callee,
    /// By value, a field of the place (`t.0`, `t.name`): a copy of a `Copy`
    /// field or a partial move, unknown before type checking; assumed a copy.
    Field,
}
