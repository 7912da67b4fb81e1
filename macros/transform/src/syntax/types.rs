//! Questions about types that syntax alone can answer.

use proc_macro2::TokenStream;

/// A type with no drop glue that syntax alone can recognise: primitives,
/// shared references, raw pointers, and arrays and tuples of those.
pub fn plain_type(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Path(p) if p.qself.is_none() => p.path.get_ident().is_some_and(|i| {
            matches!(
                i.to_string().as_str(),
                "u8" | "u16"
                    | "u32"
                    | "u64"
                    | "u128"
                    | "usize"
                    | "i8"
                    | "i16"
                    | "i32"
                    | "i64"
                    | "i128"
                    | "isize"
                    | "f32"
                    | "f64"
                    | "bool"
                    | "char"
            )
        }),
        syn::Type::Reference(r) => r.mutability.is_none(),
        syn::Type::Ptr(_) => true,
        syn::Type::Array(a) => plain_type(&a.elem),
        syn::Type::Tuple(t) => t.elems.iter().all(plain_type),
        syn::Type::Paren(p) => plain_type(&p.elem),
        _ => false,
    }
}

/// A declared type that cannot hold a borrow: plain data without references.
pub fn holds_no_borrow(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Reference(_) | syn::Type::Ptr(_) => false,
        syn::Type::Array(a) => holds_no_borrow(&a.elem),
        syn::Type::Tuple(t) => t.elems.iter().all(holds_no_borrow),
        syn::Type::Paren(p) => holds_no_borrow(&p.elem),
        other => plain_type(other),
    }
}

/// Whether a return type mentions `impl Trait` (it cannot annotate a `let`).
pub fn mentions_impl_trait(output: &syn::ReturnType) -> bool {
    let mut f = ImplTraitFinder(false);
    syn::visit::Visit::visit_return_type(&mut f, output);
    f.0
}

/// Whether a type can be written in a `let` annotation or a turbofish: it
/// parses as a type and mentions no `impl Trait` (nor `_`). The one test of
/// "can this type be named"; never a test on the type's text.
pub fn is_nameable(ty: &TokenStream) -> bool {
    let Ok(ty) = syn::parse2::<syn::Type>(ty.clone()) else {
        return false;
    };
    let mut f = ImplTraitFinder(false);
    syn::visit::Visit::visit_type(&mut f, &ty);
    !f.0
}

struct ImplTraitFinder(bool);

impl<'ast> syn::visit::Visit<'ast> for ImplTraitFinder {
    fn visit_type_impl_trait(&mut self, _: &'ast syn::TypeImplTrait) {
        self.0 = true;
    }
    fn visit_type_infer(&mut self, _: &'ast syn::TypeInfer) {
        self.0 = true;
    }
}
