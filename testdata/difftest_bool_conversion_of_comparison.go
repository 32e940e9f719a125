// Regression (a difftest finding, fixed): golift once rejects bool(x < 5) (a non-constant untyped bool converted to bool): "cannot convert ... (untyped bool value) to type bool"; Go accepts it.
package main

var x = 3

func main() {
	b := bool(x < 5)
	var v any = bool(x == 4)
	println(b, v.(bool))
}
