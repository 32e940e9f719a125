package main

func main() {
unused: // ERROR "label unused defined and not used"
	for i := 0; i < 2; i++ {
		goto missing // ERROR "label missing not defined"
	}
	for {
		break nowhere // ERROR "break label not defined: nowhere"
	}
L:
	println()
	for {
		continue L // ERROR "invalid continue label L"
	}
dup:
	println()
dup: // ERROR "label dup already defined"
	goto dup
}
