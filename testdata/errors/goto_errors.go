package main

// goto into a block, over a variable declaration, undefined and unused labels.

func main() {
	goto inner // ERROR "goto inner jumps into block starting at .*goto_errors\.go:7:2"
	{
	inner:
		println()
	}
	goto skip // ERROR "goto skip jumps over declaration of v at .*goto_errors\.go:12:4"
	v := 1
skip:
	println(v)
	goto nowhere // ERROR "label nowhere not defined"
unused: // ERROR "label unused defined and not used"
	for {
		break unknown // ERROR "break label not defined: unknown"
	}
}
