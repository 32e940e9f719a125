package main

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"slices"
	"strconv"
	"strings"
)

var romanVals = []struct {
	v int
	s string
}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

func toRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("toRoman(%d): out of range", n)
	}
	var sb strings.Builder
	for _, rv := range romanVals {
		for n >= rv.v {
			sb.WriteString(rv.s)
			n -= rv.v
		}
	}
	return sb.String(), nil
}

func fromRoman(s string) int {
	m := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v := m[s[i]]
		if i+1 < len(s) && m[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func permutations[T any](xs []T) [][]T {
	if len(xs) <= 1 {
		return [][]T{slices.Clone(xs)}
	}
	var out [][]T
	for i := range xs {
		rest := append(slices.Clone(xs[:i]), xs[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]T{xs[i]}, p...))
		}
	}
	return out
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func collatz(n int) (steps int) {
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return
}

func luhn(s string) bool {
	sum, double := 0, false
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

var ErrNegative = errors.New("negative input")

func isqrt(n int) (int, error) {
	if n < 0 {
		return 0, ErrNegative
	}
	return int(math.Sqrt(float64(n))), nil
}

func sieve(n int) []int {
	is := make([]bool, n+1)
	var ps []int
	for i := 2; i <= n; i++ {
		if !is[i] {
			ps = append(ps, i)
			for j := i * i; j <= n; j += i {
				is[j] = true
			}
		}
	}
	return ps
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := toRoman(n)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%4d %-12s %d\n", n, r, fromRoman(r))
	}
	f := factorial(50)
	fmt.Println(f, len(f.String()))
	s := f.String()
	fmt.Println(strings.Count(s, "0"), new(big.Int).Mod(f, big.NewInt(1000003)))
	fib := [2]*big.Int{big.NewInt(0), big.NewInt(1)}
	for i := 0; i < 200; i++ {
		fib[0].Add(fib[0], fib[1])
		fib[0], fib[1] = fib[1], fib[0]
	}
	fmt.Println(fib[0])
	p := new(big.Int)
	p.SetString("170141183460469231731687303715884105727", 10)
	fmt.Println(p.ProbablyPrime(20), p.BitLen(), p.Text(16))
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves[:5])
	perms := permutations([]rune("abc"))
	for _, pr := range perms {
		fmt.Print(string(pr), " ")
	}
	fmt.Println(len(permutations([]int{1, 2, 3, 4})))
	fmt.Println(gcd(1071, 462), collatz(27), luhn("79927398713"), luhn("79927398710"))
	for _, n := range []int{16, 17, -4} {
		r, err := isqrt(n)
		fmt.Println(r, err, errors.Is(err, ErrNegative))
	}
	ps := sieve(100)
	fmt.Println(len(ps), ps[len(ps)-5:])
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.TrailingZeros(8), bits.Reverse8(1), bits.Len(1023))
	hi, lo := bits.Mul64(math.MaxUint64, 3)
	fmt.Println(hi, lo)
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 36), strconv.FormatUint(math.MaxUint64, 16))
	for _, x := range []float64{0.1, 1.0 / 3, 2.0 / 3, 100, 1e-10, 123456789.123, math.Pi * 1e15} {
		fmt.Printf("%v %g %.3e %s\n", x, x, x, strconv.FormatFloat(x, 'f', -1, 64))
	}
	fmt.Println(math.Sqrt(2), math.Cbrt(27), math.Pow(2, 0.5), math.Exp(1), math.Log(10), math.Log2(1024), math.Log10(0.001))
	fmt.Println(math.Sin(math.Pi/6), math.Cos(0), math.Atan2(1, 1)*4, math.Hypot(5, 12), math.Mod(7.5, 2), math.Abs(-3))
	var sumf float32
	for i := 0; i < 10; i++ {
		sumf += 0.1
	}
	fmt.Println(sumf, float64(sumf), sumf == 1)
	r := new(big.Rat).SetFrac64(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(10))
	bf, _ := new(big.Float).SetPrec(200).SetString("2")
	bf.Sqrt(bf)
	fmt.Println(bf.Text('f', 50))
}
