package main

func main() {
	s := "immutable"
	b := []byte(s)
	b[0] = 'I'
	t := string(b)
	b[1] = 'M'
	println(s, t, string(b))
	b2 := append([]byte("abc"), "def"...)
	println(string(b2), len(b2))
	n := copy(b2, "XY")
	println(n, string(b2))
	n = copy(b2[4:], "123456")
	println(n, string(b2))
	sub := s[2:5]
	bs := []byte(sub)
	bs = append(bs, '!')
	println(sub, string(bs))
	var r []rune
	for _, c := range "añb" {
		r = append(r, c)
	}
	r = append(r, 'ü')
	println(string(r), len(string(r)))
}
