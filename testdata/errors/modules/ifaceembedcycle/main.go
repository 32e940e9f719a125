// Embedding cycles gc rejects, with and without method signatures on the
// way: only embeddings (and a defined type's right side) count.
package main

type Self interface{ Self }

type Left interface{ Right }
type Right interface{ Left }

// Through a method first (Outer waits for Inner, then embeds it).
type Outer interface {
	Get() Inner
	Inner
}
type Inner interface{ Outer }

// A three-step ring behind a method.
type Ring1 interface {
	To() Ring2
	Ring3
}
type Ring2 interface{ Ring3 }
type Ring3 interface{ Ring1 }

// A defined type over the interface being declared.
type Over interface {
	Back() Under
	Under
}
type Under Over

// Aliases are not part of the cycle gc names.
type Plain interface{ Alias }
type Alias = interface {
	Plain
	M()
}

func main() {}
