package main

func main() {
	s := "héllo, 世界!"
	b := []byte(s)
	println(len(b), b[0], b[1], b[2], cap(b) >= len(b))
	b[0] = 'H'
	println(string(b), s)
	r := []rune(s)
	println(len(r), r[0], r[1], r[7], r[8])
	r[1] = 'e'
	println(string(r))
	println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x110000)), string(rune(0xd800)))
	var x rune = 0x1F600
	println(string(x), len(string(x)))
	bad := "a\xffb\xc0\x80c"
	br := []rune(bad)
	println(len(br), br[0], br[1], br[2], br[3], br[4], br[5])
	println(string(br) == bad, string(br))
	var nb []byte
	println(string(nb) == "", len(string(nb)))
	eb := []byte("")
	println(eb == nil, len(eb))
	var nr []rune
	println(string(nr) == "")
	bs := []byte{104, 105}
	str := string(bs)
	bs[0] = 'X'
	println(str, string(bs))
	rs := []rune{0x48, 0x49, 0x10FFFF, 0x110000, -5}
	rstr := string(rs)
	println(len(rstr), []byte(rstr)[2], []byte(rstr)[5], []byte(rstr)[6])
	type MyBytes []byte
	mb := MyBytes("xyz")
	println(string(mb), len(mb))
	var by byte = 'q'
	println(string(rune(by)))
}
