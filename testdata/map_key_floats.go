package main

// Float keys: NaN is never equal to itself, so each NaN insert adds a new
// entry and lookups with NaN miss; +0 and -0 are the same key.

func main() {
	zero := 0.0
	nan := zero / zero
	negz := -zero
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[nan] = 3
	println(len(m))
	_, ok := m[nan]
	println(ok)
	m[0.0] = 10
	m[negz] += 5
	println(len(m), m[0], m[negz])
	m[1.5] = 7
	println(m[1.5], m[3.0/2.0])
	sum := 0
	nans := 0
	for k, v := range m {
		if k != k {
			nans++
		}
		sum += v
	}
	println(nans, sum)
	delete(m, nan)
	println(len(m))
	clear(m)
	println(len(m))

	m32 := map[float32]string{}
	m32[float32(negz)] = "neg"
	println(m32[0], len(m32))
	m32[float32(nan)] = "x"
	m32[float32(nan)] = "y"
	println(len(m32))

	mc := map[complex128]int{complex(1, 2): 1}
	mc[complex(negz, 0)] = 2
	println(mc[complex(1, 2)], mc[0], len(mc))
	mc[complex(nan, 0)] = 3
	mc[complex(0, nan)] = 4
	println(len(mc))

	inf := 1 / zero
	mi := map[float64]int{inf: 1, -inf: 2}
	println(mi[inf], mi[-inf], len(mi))
}
