// golift gives cap 4 on every call: gc inlines the closure into main, so its slice's 32-byte stack buffer is used once per call of main (cap 1 from the second iteration on); golift's closure gets a fresh buffer per call.
package main

func main() {
	for i := 0; i < 2; i++ {
		func() {
			var t []int
			t = append(t, 59)
			println(i, cap(t))
		}()
	}
	for i := 0; i < 2; i++ {
		f := func() {
			var t []int
			t = append(t, 59)
			println("f", i, cap(t))
		}
		f()
	}
}
