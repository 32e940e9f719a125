package main

func main() {
	println("tab:\t|", "nl-free", "quote:\"", "backslash:\\")
	println("\x41\x42\u00e9\U0001F600\101\141")
	println(`raw\n string with "quotes"`, len(`a\tb`))
	raw := `line1
line2`
	println(raw, len(raw))
	println('a', '\n', '\'', '\x7f', '\u00e9', '\U0010FFFF', '\000', '\377')
	s := "\a\b\f\r\v"
	for i := 0; i < len(s); i++ {
		print(s[i], " ")
	}
	println()
	println(len("\xff\xfe"), len("\u00ff"), "\xe4\xb8\x96" == "世")
	println("日本" + `語`)
}
