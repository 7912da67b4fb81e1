//! A struct update of a temporary (`S { a: x, ..make() }`): the literal
//! takes the fields it does not list from the base, and Rust keeps the
//! base temporary, with the listed fields still in it, to the end of the
//! statement. Where the coroutine evaluates the literal before a later
//! suspension of its statement, those fields are moved out of the bound
//! base into a tuple kept to the statement's end (`lower/struct_update.rs`,
//! and `borrowed_temps.rs` for a literal bound before its statement;
//! `drop_order::listed_fields_moved_out`).

/// `S { a: x, ..make() }`: a struct update listing fields, whose base is a
/// temporary value (not a place: a binding's leftover fields are limit
/// 7's). Not one with a qualified path (`<T as Tr>::Assoc { .. }`), which
/// has no pattern to name its type.
pub fn updates_a_temporary(s: &syn::ExprStruct) -> bool {
    !s.fields.is_empty()
        && s.qself.is_none()
        && s.rest
            .as_deref()
            .is_some_and(super::expr::is_temporary_value)
}
