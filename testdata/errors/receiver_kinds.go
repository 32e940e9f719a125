package main

// Receivers that cannot have methods: pointers to pointers, aliases of
// predeclared or unnamed types, predeclared types.

type T struct{}

type A = int

type S = []int

type F func()

type PF *F

func (x **T) a() {} // ERROR "invalid receiver type \*\*T"

func (a A) b() {} // ERROR "cannot define new methods on non-local type A"

func (s S) c() {} // ERROR "invalid receiver type S"

func (e error) d() {} // ERROR "cannot define new methods on non-local type error"

func (f *F) e() {}

func (p PF) f() {} // ERROR "invalid receiver type PF \(pointer or interface type\)"

func (b *byte) g() {} // ERROR "cannot define new methods on non-local type byte"

func main() {}
