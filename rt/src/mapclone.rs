//! `runtime.mapclone`: a copy of a map with the same entries, for the
//! standard library's `maps.Clone` (golift's runtime package pushes
//! `maps.clone` onto it).
//!
//! The copy is a new map sized for the source's count, filled by walking
//! the source with an ordinary iterator: keys that are NaN (never equal to
//! themselves) cannot be looked up, but each occupies its own slot, so
//! they are copied like any other key (as Go's clone does).

use core::mem::MaybeUninit;

use crate::abi::MapType;
use crate::map::{makemap, mapassign, mapiterinit, mapiternext, Hiter, Hmap};

/// `mapclone(t, h)`: a new map of type `t` with `h`'s entries (nil for a
/// nil map).
///
/// # Safety
/// `t` is the map's descriptor and `h` a map of that type or null.
#[export_name = "runtime.mapclone"]
pub unsafe extern "C" fn mapclone(t: *const MapType, h: *mut Hmap) -> *mut Hmap {
    if h.is_null() {
        return h;
    }
    // SAFETY: `h` is a live map of type `t` (the caller's contract).
    unsafe {
        let count = crate::map::maplen(h);
        let out = makemap(t, count, core::ptr::null_mut());
        let elem_size = (*(*t).elem).size;
        let mut it = MaybeUninit::<Hiter>::uninit();
        mapiterinit(t, h, it.as_mut_ptr());
        let it = it.assume_init_mut();
        while !it.key.is_null() {
            let slot = mapassign(t, out, it.key);
            core::ptr::copy_nonoverlapping(it.elem, slot, elem_size);
            mapiternext(it);
        }
        out
    }
}
