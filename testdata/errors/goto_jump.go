package main

func main() {
	goto skip // ERROR "goto skip jumps over declaration of x at"
	x := 1
	println(x)
skip:
	println("done")
	goto inner // ERROR "goto inner jumps into block starting at"
	{
	inner:
		println("inner")
	}
}
