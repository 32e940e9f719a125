package main

// Hash and checksum functions exercise wrapping unsigned arithmetic,
// shifts and table lookups.

var crcTable [256]uint32

func initCRC() {
	for i := range crcTable {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 != 0 {
				c = 0xedb88320 ^ c>>1
			} else {
				c >>= 1
			}
		}
		crcTable[i] = c
	}
}

func crc32(b []byte) uint32 {
	c := ^uint32(0)
	for _, x := range b {
		c = crcTable[byte(c)^x] ^ c>>8
	}
	return ^c
}

func fnv1a64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func fnv1a32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func adler32(b []byte) uint32 {
	a, s := uint32(1), uint32(0)
	for _, x := range b {
		a = (a + uint32(x)) % 65521
		s = (s + a) % 65521
	}
	return s<<16 | a
}

func djb2(s string) uint32 {
	h := uint32(5381)
	for _, c := range []byte(s) {
		h = h<<5 + h + uint32(c)
	}
	return h
}

func murmurMix(k uint64) uint64 {
	k ^= k >> 33
	k *= 0xff51afd7ed558ccd
	k ^= k >> 33
	k *= 0xc4ceb9fe1a85ec53
	k ^= k >> 33
	return k
}

func rotl32(x uint32, r uint) uint32 { return x<<r | x>>(32-r) }

func main() {
	initCRC()
	inputs := []string{"", "a", "abc", "The quick brown fox jumps over the lazy dog", "héllo wörld"}
	for _, s := range inputs {
		println(crc32([]byte(s)), fnv1a64(s), fnv1a32(s), adler32([]byte(s)), djb2(s))
	}
	var acc uint64
	for i := uint64(0); i < 1000; i++ {
		acc += murmurMix(i)
	}
	println(acc, murmurMix(0), murmurMix(1<<63))
	println(rotl32(0x80000001, 1), rotl32(0x12345678, 8), rotl32(0xdeadbeef, 31))
	big := make([]byte, 100000)
	for i := range big {
		big[i] = byte(i * 7)
	}
	println(crc32(big), adler32(big))
}
