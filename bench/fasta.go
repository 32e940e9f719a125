package main

// fasta-like sequence generation: a linear congruential generator picks
// nucleotides by cumulative float probabilities, plus a repeated-sequence
// phase; the output bytes are folded into a checksum instead of printed.

const (
	im = 139968
	ia = 3877
	ic = 29573
)

var last uint32 = 42

func random(max float64) float64 {
	last = (last*ia + ic) % im
	return max * float64(last) / im
}

type acid struct {
	c byte
	p float64
}

var iub = []acid{
	{'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27},
	{'B', 0.02}, {'D', 0.02}, {'H', 0.02}, {'K', 0.02},
	{'M', 0.02}, {'N', 0.02}, {'R', 0.02}, {'S', 0.02},
	{'V', 0.02}, {'W', 0.02}, {'Y', 0.02},
}

var homosapiens = []acid{
	{'a', 0.3029549426680}, {'c', 0.1979883004921},
	{'g', 0.1975473066391}, {'t', 0.3015094502008},
}

const alu = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" +
	"GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA" +
	"CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT" +
	"ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA" +
	"GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG" +
	"AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC" +
	"AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA"

type sink struct {
	hash  uint64
	count int
	lines int
	line  [60]byte
	n     int
}

func emit(s *sink, c byte) {
	s.line[s.n] = c
	s.n++
	s.count++
	if s.n == len(s.line) {
		flush(s)
	}
}

func flush(s *sink) {
	for _, c := range s.line[:s.n] {
		s.hash = (s.hash ^ uint64(c)) * 1099511628211
	}
	s.hash = (s.hash ^ '\n') * 1099511628211
	s.lines++
	s.n = 0
}

func repeatFasta(s *sink, src string, n int) {
	for i := 0; i < n; i++ {
		emit(s, src[i%len(src)])
	}
	if s.n > 0 {
		flush(s)
	}
}

func randomFasta(s *sink, table []acid, n int) {
	cum := make([]float64, len(table))
	p := 0.0
	for i, a := range table {
		p += a.p
		cum[i] = p
	}
	for i := 0; i < n; i++ {
		r := random(1)
		k := 0
		for k < len(cum)-1 && r >= cum[k] {
			k++
		}
		emit(s, table[k].c)
	}
	if s.n > 0 {
		flush(s)
	}
}

func main() {
	n := 2500000
	s := &sink{hash: 14695981039346656037}
	repeatFasta(s, alu, 2*n)
	randomFasta(s, iub, 3*n)
	randomFasta(s, homosapiens, 5*n)
	println(s.count, s.lines, s.hash, last)
}
