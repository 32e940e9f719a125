// The crypto packages' runtime hooks, pushed with //go:linkname as Go's
// runtime pushes them: crypto/internal/fips140's per-goroutine service
// indicator, crypto/fips140's per-goroutine enforcement bypass (both are
// fields of rt's g: sched/api.rs), the fatal errors of crypto/rand,
// crypto/internal/sysrand and crypto/internal/fips140, and the monotonic
// clock of crypto/internal/fips140deps/time.

package runtime

import _ "unsafe"

func fipsIndicator() uint8
func setFipsIndicator(v uint8)
func fipsOnlyBypass() bool
func setFipsOnlyBypass(on bool)

//go:linkname fips_getIndicator crypto/internal/fips140.getIndicator
func fips_getIndicator() uint8 {
	return fipsIndicator()
}

//go:linkname fips_setIndicator crypto/internal/fips140.setIndicator
func fips_setIndicator(indicator uint8) {
	setFipsIndicator(indicator)
}

//go:linkname fips140_setBypass crypto/fips140.setBypass
func fips140_setBypass() {
	setFipsOnlyBypass(true)
}

//go:linkname fips140_unsetBypass crypto/fips140.unsetBypass
func fips140_unsetBypass() {
	setFipsOnlyBypass(false)
}

//go:linkname fips140_isBypassed crypto/fips140.isBypassed
func fips140_isBypassed() bool {
	return fipsOnlyBypass()
}

//go:linkname rand_fatal crypto/rand.fatal
func rand_fatal(s string) {
	throw(s)
}

//go:linkname sysrand_fatal crypto/internal/sysrand.fatal
func sysrand_fatal(s string) {
	throw(s)
}

//go:linkname fips_fatal crypto/internal/fips140.fatal
func fips_fatal(s string) {
	throw(s)
}

//go:linkname crypto_internal_fips140deps_time_monoTime crypto/internal/fips140deps/time.monoTime
func crypto_internal_fips140deps_time_monoTime() int64 {
	return nanotime()
}
