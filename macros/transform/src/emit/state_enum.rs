//! The state enum: one variant per reachable block, each field a type parameter (inferred by rustc), the awaitable first and the held bindings latest-declared first, so a dropped machine drops them as an `async fn` drops its locals.

use super::*;

impl Emitter<'_> {
    pub(super) fn state_enum(&self) -> TokenStream {
        let params = self.params.values();
        let variants = self
            .l
            .blocks
            .iter()
            .enumerate()
            .filter(|(b, _)| self.plan.reachable[*b])
            .map(|(b, block)| {
                let name = &block.name;
                let doc = match block.kind {
                    BlockKind::Start => {
                        "Created, not yet resumed: holds the arguments.".to_string()
                    }
                    _ => block.doc.clone(),
                };
                let fields = self.fields_of(b).into_iter().map(|f| match f {
                    Field::Awaitee(v) => {
                        let ty = &self.params[&v];
                        let field = awaitee_field();
                        quote!(#field: #ty)
                    }
                    Field::Var(v) => {
                        let ty = &self.params[&v];
                        let field = field_name(self.l, v);
                        quote!(#field: #ty)
                    }
                });
                quote! {
                    #[doc = #doc]
                    #name { #(#fields),* },
                }
            });
        quote! {
            enum __CoroState<#(#params),*> {
                #(#variants)*
                /// Returned: resuming again panics.
                Returned,
                /// A panic escaped while running: resuming again panics.
                Poisoned,
            }
        }
    }
}
