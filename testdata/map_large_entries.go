package main

// Keys and values larger than the inline limit of map buckets (big arrays
// and structs) are stored and compared correctly; values are copied.

type bigKey struct {
	id   int
	pad  [40]int
	name string
}

type bigVal [64]int

func main() {
	m := map[bigKey]bigVal{}
	for i := 0; i < 500; i++ {
		k := bigKey{id: i, name: "k"}
		k.pad[39] = i * 2
		var v bigVal
		v[0], v[63] = i, -i
		m[k] = v
	}
	println(len(m))
	probe := bigKey{id: 123, name: "k"}
	probe.pad[39] = 246
	v, ok := m[probe]
	println(ok, v[0], v[63])
	probe.pad[0] = 1
	_, ok = m[probe]
	println(ok)
	v[0] = 999
	probe.pad[0] = 0
	println(m[probe][0])
	sum := 0
	for k, v := range m {
		sum += k.id + v[0] + v[63] + k.pad[39]
	}
	println(sum)
	arrKey := map[[100]byte]int{}
	var a [100]byte
	for i := 0; i < 100; i++ {
		a[i] = 1
		arrKey[a] = i
	}
	println(len(arrKey), arrKey[a])
	a[50] = 0
	_, ok = arrKey[a]
	println(ok)
}
