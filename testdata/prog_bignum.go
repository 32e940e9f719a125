package main

// Arbitrary-precision natural numbers as little-endian slices of base-1e9
// limbs: multiplication, addition, and decimal printing.

const base = 1000000000

type nat []uint64

func fromInt(v uint64) nat {
	var n nat
	for v > 0 {
		n = append(n, v%base)
		v /= base
	}
	return n
}

func add(a, b nat) nat {
	if len(a) < len(b) {
		a, b = b, a
	}
	out := make(nat, 0, len(a)+1)
	var carry uint64
	for i := 0; i < len(a); i++ {
		s := a[i] + carry
		if i < len(b) {
			s += b[i]
		}
		out = append(out, s%base)
		carry = s / base
	}
	if carry > 0 {
		out = append(out, carry)
	}
	return out
}

func mul(a, b nat) nat {
	if len(a) == 0 || len(b) == 0 {
		return nil
	}
	out := make(nat, len(a)+len(b))
	for i, x := range a {
		var carry uint64
		for j, y := range b {
			t := out[i+j] + x*y + carry
			out[i+j] = t % base
			carry = t / base
		}
		k := i + len(b)
		for carry > 0 {
			t := out[k] + carry
			out[k] = t % base
			carry = t / base
			k++
		}
	}
	for len(out) > 0 && out[len(out)-1] == 0 {
		out = out[:len(out)-1]
	}
	return out
}

func toString(n nat) string {
	if len(n) == 0 {
		return "0"
	}
	var buf []byte
	for i := len(n) - 1; i >= 0; i-- {
		var digits [9]byte
		v := n[i]
		for k := 8; k >= 0; k-- {
			digits[k] = byte('0' + v%10)
			v /= 10
		}
		if i == len(n)-1 {
			j := 0
			for j < 8 && digits[j] == '0' {
				j++
			}
			buf = append(buf, digits[j:]...)
		} else {
			buf = append(buf, digits[:]...)
		}
	}
	return string(buf)
}

func digitSum(s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += int(s[i] - '0')
	}
	return t
}

func main() {
	f := fromInt(1)
	for i := uint64(2); i <= 100; i++ {
		f = mul(f, fromInt(i))
	}
	s := toString(f)
	println(len(s), digitSum(s))
	println(s)
	p := fromInt(1)
	two := fromInt(2)
	for i := 0; i < 256; i++ {
		p = mul(p, two)
	}
	println(toString(p))
	a, b := fromInt(0), fromInt(1)
	for i := 0; i < 300; i++ {
		a, b = b, add(a, b)
	}
	println(toString(a))
	println(toString(mul(fromInt(999999999999), fromInt(999999999999))), toString(nil), toString(fromInt(1000000000)))
}
