package main

// Invalid receiver types: pointer and interface base types, types from
// other declarations that are not local named types.

type P *int

func (p P) m() {} // ERROR "invalid receiver type P \(pointer or interface type\)"

type I interface{ x() }

func (i I) y() {} // ERROR "invalid receiver type I \(pointer or interface type\)"

func (i int) z() {} // ERROR "cannot define new methods on non-local type int"

func main() {}
