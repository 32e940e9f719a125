// math/big: Int arithmetic and formatting, Rat, Float; a big random
// number from math/rand with a fixed seed (the same stream as gc's).
package main

import (
	"fmt"
	"math/big"
	"math/rand"
)

func main() {
	a := new(big.Int)
	a.SetString("123456789012345678901234567890", 10)
	b := big.NewInt(987654321)
	c := new(big.Int).Mul(a, b)
	fmt.Println(c, c.BitLen(), new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil))
	q, r := new(big.Int).QuoRem(c, big.NewInt(1000007), new(big.Int))
	fmt.Println(q, r)
	fmt.Printf("%x %d %s %+v %08d\n", a, b, new(big.Int).Neg(a).String(), big.NewInt(-3), big.NewInt(42))
	f := new(big.Int)
	f.MulRange(1, 30)
	fmt.Println("30! =", f)
	fmt.Println(new(big.Int).GCD(nil, nil, big.NewInt(462), big.NewInt(1071)), big.NewInt(97).ProbablyPrime(10))
	fmt.Println(new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11)), new(big.Int).Sqrt(big.NewInt(1000000)), a.Cmp(b))
	fmt.Println(new(big.Int).Lsh(big.NewInt(1), 70), new(big.Int).Rsh(a, 10), a.Text(36))
	fib := [2]*big.Int{big.NewInt(0), big.NewInt(1)}
	for i := 0; i < 200; i++ {
		fib[0].Add(fib[0], fib[1])
		fib[0], fib[1] = fib[1], fib[0]
	}
	fmt.Println("fib(200) =", fib[0])
	rat := big.NewRat(3, 4)
	rat.Add(rat, big.NewRat(1, 6))
	fmt.Println(rat, rat.FloatString(5), new(big.Rat).SetFrac64(10, -4))
	fl := new(big.Float).SetPrec(100).SetFloat64(2)
	fl.Sqrt(fl)
	fmt.Println(fl.Text('g', 25), fl.Prec())
	x, _, err := big.ParseFloat("1.5e100", 10, 64, big.ToNearestEven)
	fmt.Println(x, err)
	fmt.Printf("%.10f %v\n", big.NewFloat(1.0/3), new(big.Float).Quo(big.NewFloat(1), big.NewFloat(3)))
	var z big.Int
	_, ok := z.SetString("12ab", 10)
	fmt.Println(ok)
	rng := rand.New(rand.NewSource(42))
	fmt.Println(new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), 100)), rng.Intn(1000), rng.Float64())
}
