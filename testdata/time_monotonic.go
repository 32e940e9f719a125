// Monotonic readings: Since and Until, Sub of two Now values, Round(0)
// stripping the monotonic clock, and Now's wall clock against Unix time.
package main

import (
	"strings"
	"time"
)

func main() {
	a := time.Now()
	time.Sleep(5 * time.Millisecond)
	b := time.Now()
	println("b after a:", b.After(a), "sub >= 5ms:", b.Sub(a) >= 5*time.Millisecond)
	println("since >= 0:", time.Since(a) >= 0)
	println("until is negative:", time.Until(a) < 0)
	fut := time.Now().Add(time.Hour)
	println("until future > 59m:", time.Until(fut) > 59*time.Minute)
	println("has monotonic reading:", strings.Contains(a.String(), " m=+"))
	println("Round(0) strips it:", !strings.Contains(a.Round(0).String(), " m="))
	println("equal after strip:", a.Round(0).Equal(a))
	println("year is plausible:", a.Year() >= 2024)
	println("unix seconds plausible:", a.Unix() > 1700000000)
	println("UnixNano consistent:", a.UnixNano()/1e9 == a.Unix())
	println("local equals utc instant:", a.UTC().Equal(a))
	d := b.Sub(a)
	println("deltas ordered:", a.Add(d).Equal(b))
}
