//! Analyses of the body and of its lowering, each a named value handed to
//! the next phase: the syntactic borrow judgement (`borrows`, used while
//! lowering), what each variant holds (`liveness::Plan`), and which user
//! bindings need a fixed home (`homes::plan`, a `HomePlan`).

pub mod borrows;
pub mod homes;
pub mod liveness;
pub mod stores;
