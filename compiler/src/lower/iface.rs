//! Interface values (rt/ABI.md, "Interfaces"): an interface is two words,
//! `{typ or itab, data}`. The data word of a pointer-shaped type
//! (`desc::direct_iface`) is the value itself; for every other type it points
//! at an immutable heap copy, so the interface value can outlive the frame
//! that made it (a panic value survives unwinding, for one).

use cranelift_codegen::ir::{types, InstBuilder, Value};

use super::func::{trusted, Fx, V};
use crate::typeinfo::desc::direct_iface;
use crate::types::TypeId;

impl Fx<'_, '_, '_> {
    /// The interface data word for value `v` of concrete type `t`.
    pub fn iface_data(&mut self, t: TypeId, v: &V) -> Value {
        if direct_iface(self.tt, t) {
            return match v {
                V::S(s) => s[0],
                V::M(a) => self.b.ins().load(types::I64, trusted(), *a, 0),
            };
        }
        let p = self.new_object(t);
        self.store(t, v, p, 0);
        p
    }
}
