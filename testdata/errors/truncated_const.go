package main

func main() {
	var i int = 1.5 // ERROR "cannot use 1.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	var j int
	j = 2.000001           // ERROR "cannot use 2.000001 \(untyped float constant\) as int value in assignment \(truncated\)"
	k := int(3.5)          // ERROR "cannot convert 3.5 \(untyped float constant\) to type int"
	var r rune = 'a' + 0.5 // ERROR "cannot use .a. \+ 0.5 \(untyped float constant 97.5\) as rune value in variable declaration \(truncated\)"
	println(i, j, k, r)
}
