// synctest bubbles: golift has none. These are the hooks internal/synctest
// pulls (sync.WaitGroup asks whether it runs in a bubble on every Add and
// Wait); outside a bubble they answer as Go's runtime does there.

package runtime

import "unsafe"

//go:linkname synctest_isInBubble internal/synctest.IsInBubble
func synctest_isInBubble() bool {
	return false
}

// synctest_associate: 0 is internal/synctest.Unbubbled.
//
//go:linkname synctest_associate internal/synctest.associate
func synctest_associate(p unsafe.Pointer) int {
	return 0
}

//go:linkname synctest_disassociate internal/synctest.disassociate
func synctest_disassociate(p unsafe.Pointer) {}

//go:linkname synctest_isAssociated internal/synctest.isAssociated
func synctest_isAssociated(p unsafe.Pointer) bool {
	return false
}

//go:linkname synctest_acquire internal/synctest.acquire
func synctest_acquire() any {
	return nil
}

//go:linkname synctest_release internal/synctest.release
func synctest_release(b any) {}

//go:linkname synctest_inBubble internal/synctest.inBubble
func synctest_inBubble(b any, f func()) {
	f()
}

//go:linkname synctestRun internal/synctest.Run
func synctestRun(f func()) {
	throw("golift: synctest.Run is not supported yet")
}

//go:linkname synctestWait internal/synctest.Wait
func synctestWait() {
	throw("golift: synctest.Wait is not supported yet")
}
