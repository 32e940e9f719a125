// golift gives cap 4 on every call: gc inlines small declared functions too (cost at most 80), so g's slice's 32-byte stack buffer is used once per call of main (cap 1 from the second iteration on); golift models only the inlining of function literals (compiler/src/lower/inlsite.rs).
package main

func g(i int) {
	var t []int
	t = append(t, i)
	println(i, cap(t))
}

func main() {
	for i := 0; i < 3; i++ {
		g(i)
	}
}
