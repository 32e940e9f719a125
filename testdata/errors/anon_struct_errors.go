package main

// Anonymous struct and alias errors: unknown fields, mixing keyed and
// positional fields, mismatched struct types.

type alias = struct{ a int }

func main() {
	s := struct{ a, b int }{a: 1, 2}    // ERROR "mixture of field:value and value elements in struct literal"
	t := struct{ a int }{b: 1}          // ERROR "unknown field b in struct literal of type struct\{a int\}"
	var u alias = struct{ b int }{1}    // ERROR "cannot use struct\{b int\}\{.*\} \(value of type struct\{b int\}\) as alias value in variable declaration"
	var v struct{ a string } = alias{1} // ERROR "cannot use alias\{.*\} \(value of struct type alias\) as struct\{a string\} value in variable declaration"
	_, _, _, _ = s, t, u, v
}
