// math/bits: every function on edge values (0, 1, all ones, single high
// bits) and a sweep of pseudo-random values folded into a checksum.
package main

import "math/bits"

var u64s = []uint64{0, 1, 2, 3, 0x80, 0xff, 0x8000, 0xffff, 1 << 31, 1<<32 - 1, 1 << 32, 0x0123456789abcdef, 1 << 63, 1<<64 - 1}

func main() {
	println(bits.UintSize)
	for _, x := range u64s {
		u32, u16, u8 := uint32(x), uint16(x), uint8(x)
		println(x, bits.LeadingZeros64(x), bits.LeadingZeros32(u32), bits.LeadingZeros16(u16), bits.LeadingZeros8(u8), bits.LeadingZeros(uint(x)))
		println(" tz", bits.TrailingZeros64(x), bits.TrailingZeros32(u32), bits.TrailingZeros16(u16), bits.TrailingZeros8(u8), bits.TrailingZeros(uint(x)))
		println(" ones", bits.OnesCount64(x), bits.OnesCount32(u32), bits.OnesCount16(u16), bits.OnesCount8(u8), bits.OnesCount(uint(x)))
		println(" len", bits.Len64(x), bits.Len32(u32), bits.Len16(u16), bits.Len8(u8), bits.Len(uint(x)))
		println(" rev", bits.Reverse64(x), bits.Reverse32(u32), bits.Reverse16(u16), bits.Reverse8(u8), bits.Reverse(uint(x)))
		println(" revbytes", bits.ReverseBytes64(x), bits.ReverseBytes32(u32), bits.ReverseBytes16(u16), bits.ReverseBytes(uint(x)))
		for _, k := range []int{0, 1, 7, -3, 13, 64} {
			print(" rot", k, " ", bits.RotateLeft64(x, k), " ", bits.RotateLeft32(u32, k), " ", bits.RotateLeft16(u16, k), " ", bits.RotateLeft8(u8, k), " ", bits.RotateLeft(uint(x), k))
		}
		println()
		for _, y := range u64s[len(u64s)-4:] {
			s, c := bits.Add64(x, y, 1)
			d, b := bits.Sub64(x, y, 1)
			hi, lo := bits.Mul64(x, y)
			s32, c32 := bits.Add32(u32, uint32(y), 0)
			d32, b32 := bits.Sub32(u32, uint32(y), 1)
			h32, l32 := bits.Mul32(u32, uint32(y))
			su, cu := bits.Add(uint(x), uint(y), 0)
			du, bu := bits.Sub(uint(x), uint(y), 0)
			hu, lu := bits.Mul(uint(x), uint(y))
			println("  ", s, c, d, b, hi, lo, s32, c32, d32, b32, h32, l32, su, cu, du, bu, hu, lu)
			if y != 0 && x < y {
				q, r := bits.Div64(x, 12345, y)
				qu, ru := bits.Div(uint(x), 99, uint(y))
				println("  div", q, r, qu, ru, bits.Rem64(x, 7, y), bits.Rem(uint(x), 7, uint(y)))
			}
			if uint32(y) != 0 && u32 < uint32(y) {
				q, r := bits.Div32(u32, 77, uint32(y))
				println("  div32", q, r, bits.Rem32(u32, 77, uint32(y)))
			}
		}
	}
	var s uint64 = 0x2545f4914f6cdd1d
	h := uint64(0)
	for i := 0; i < 50000; i++ {
		s ^= s << 13
		s ^= s >> 7
		s ^= s << 17
		x := s >> (s & 63)
		hi, lo := bits.Mul64(x, s)
		h = h*31 + uint64(bits.LeadingZeros64(x)+bits.TrailingZeros64(x)*3+bits.OnesCount64(x)*7+bits.Len32(uint32(x))*11) + bits.Reverse64(x) + bits.ReverseBytes64(s) + hi ^ lo + bits.RotateLeft64(x, int(s%130)-65)
	}
	println("checksum", h)
}
