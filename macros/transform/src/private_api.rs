//! Every item of `coro::__private` that the generated code names: the
//! contract between the transform and the runtime, in one list. Generated
//! code writes `#AWAITING(..)` (or `AWAITING.at(span)` where the call must
//! carry the user's span), never the path itself.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};

/// A path `::coro::__private::NAME`.
pub struct Private(&'static str);

impl Private {
    /// The path with every token spanned at `span` (errors about the call
    /// then point at the user's code).
    pub fn at(&self, span: Span) -> TokenStream {
        let name = proc_macro2::Ident::new(self.0, span);
        quote::quote_spanned!(span=> ::coro::__private::#name)
    }
}

impl ToTokens for Private {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let name = proc_macro2::Ident::new(self.0, Span::call_site());
        tokens.extend(quote!(::coro::__private::#name));
    }
}

macro_rules! private_items {
    ($($constant:ident = $name:ident,)*) => {
        $(pub const $constant: Private = Private(stringify!($name));)*
        /// Every name, for tests.
        #[cfg(test)]
        pub const ALL: &[&str] = &[$(stringify!($name)),*];
    };
}

private_items! {
    ASSERTION_FAILED_MESSAGE = assertion_failed_message,
    ASSIGN_LOCAL = assign_local,
    ASSIGNED_LATER = assigned_later,
    ASYNC_GENERATOR_MACHINE = async_generator_machine,
    ASYNC_ITERATOR = async_iterator,
    ASYNC_ITERATOR_TRAIT = AsyncIterator,
    AWAITABLE = Awaitable,
    AWAITING = awaiting,
    BOXED_ASYNC_GENERATOR_MACHINE = boxed_async_generator_machine,
    BOXED_GENERATOR_MACHINE = boxed_generator_machine,
    BORROWING = borrowing,
    BRANCH = branch,
    CLOSURE_PROBES = closure_probes,
    COMPOUND_PROBES = compound_probes,
    CAPTURES = Captures,
    COMPLETE = complete,
    DELEGATE = delegate,
    EXPECT_STATE = expect_state,
    FROM_RESIDUAL = from_residual,
    IS_EDITION_2024 = is_edition_2024,
    GENERATOR = Generator,
    GENERATOR_MACHINE = generator_machine,
    GENERATOR_RESUMED_AFTER_COMPLETION = generator_resumed_after_completion,
    GENERATOR_RESUMED_AFTER_PANICKING = generator_resumed_after_panicking,
    GENERATOR_STATE = GeneratorState,
    GUARD_BINDING = guard_binding,
    HOME_REF = home_ref,
    MOVED_FIELD = moved_field,
    LOCAL = Local,
    MACHINE = machine,
    METHOD_TAKEN_TO_MOVE_ITS_RECEIVER_BORROWS_IT =
        method_taken_to_move_its_receiver_borrows_it__write_a_borrowed_receiver,
    AWAITED_METHOD_BORROWS_ITS_TEMPORARY_RECEIVER =
        awaited_method_borrows_its_temporary_receiver__bind_the_receiver_first,
    CHAINED_METHOD_BORROWS_ITS_TEMPORARY_RECEIVER =
        chained_method_borrows_its_temporary_receiver__bind_the_receiver_first,
    NEVER = never,
    NEVER_TYPE = NeverType,
    NEVER_TRUE = never_true,
    PINNED_MACHINE = pinned_machine,
    PLACE = place,
    PLACE_REF = place_ref,
    HOME_RECEIVER_PROBE = home_receiver_probe,
    HOME_SPLIT = home_split,
    RECEIVER_OF = receiver_of,
    RECEIVER_PROBE = receiver_probe,
    RECEIVER_PROBES = receiver_probes,
    RECEIVER_SPLIT = receiver_split,
    REST_PROBE = rest_probe,
    POLL_IN_PLACE = poll_in_place,
    POISONING_ON_UNWIND = poisoning_on_unwind,
    UNEXPECTED_VARIANT = unexpected_variant,
    POLL_NEXT = poll_next,
    READ_LOCAL = read_local,
    RESUME = resume,
    RESUME_ARG = resume_arg,
    RESUMED_AFTER_COMPLETION = resumed_after_completion,
    RESUMED_AFTER_PANICKING = resumed_after_panicking,
    SHADOW = shadow,
    SHADOW_AWAIT = shadow_await,
    SHADOW_NEXT = shadow_next,
    SHADOW_RETURN = shadow_return,
    SHADOW_YIELD = shadow_yield,
    SHADOW_YIELD_FROM = shadow_yield_from,
    SLOT_CELL = SlotCell,
    SLOTS_PTR = SlotsPtr,
    STATE_TYPE = state_type,
    TAKES_SELF = TakesSelf,
}

#[cfg(test)]
mod tests {
    /// Every name the generated code uses is public in the runtime (the
    /// root crate re-exports `machine`, `slots` and the traits as
    /// `coro::__private`).
    #[test]
    fn every_private_item_exists_in_the_runtime() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../runtime/src/");
        let mut source = String::new();
        for entry in std::fs::read_dir(root).expect("runtime sources") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "rs") {
                source.push_str(&std::fs::read_to_string(path).expect("readable"));
            }
        }
        for name in super::ALL {
            let declared = ["fn", "const fn", "struct", "trait", "enum", "type", "mod"]
                .iter()
                .any(|kind| source.contains(&format!("pub {kind} {name}")))
                || source.contains(&format!("macro_rules! {name} "));
            assert!(
                declared,
                "`coro::__private::{name}` is not declared in the runtime"
            );
        }
    }
}
