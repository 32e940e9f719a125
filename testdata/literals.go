package main

// Uppercase prefixes (0O, 0X, 0B, 0X.8p0) are kept on purpose although gofmt
// lowercases them: the lexer must accept both.

func main() {
	println(0777, 0o777, 0O17, 0x1F, 0XaB, 0b1011, 0B11, 1_000, 0x_dead_beef, 0b_1010)
	println(9223372036854775807, 0x7fffffffffffffff, 0o777777777777777777777)
	println(1.5, .5, 1., 1e3, 1E-3, 0x1p-2, 0x1.8p1, 0X.8p0, 1_0.2_5, 6.02214076e23)
	println(1i, 2.5i, 0i, 1e2i, 0x10i, 0b11i, 0o7i)
	println('a', 'ä', '本', '\t', '\\', '\x00', '\u12e4', '\U00101234', '\'')
	println("\u65e5本\U00008a9e", "\xe6\x97\xa5", `\u65e5`)
	println(len("\u65e5"), len(`\u65e5`), len("\U0001F600"))
	const c = 'a' * 2
	println(c, 'z'-'a', '0'+9)
	var r = 'x'
	var f = 2.0
	var i = 2
	var z = 1 + 2i
	println(r, f, i, z)
	println(1e308*10/10, 0.1+0.2, 1/3.0*3)
}
