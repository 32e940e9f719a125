// time.Duration: String, arithmetic, conversions, Truncate/Round/Abs,
// ParseDuration.
package main

import "time"

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500 * time.Microsecond, time.Second,
		90 * time.Minute, -3*time.Hour - 2*time.Second, 1<<63 - 1, -1 << 63,
		2*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond}
	for _, d := range ds {
		println(d.String(), int64(d))
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	println(d.Truncate(time.Hour).String(), d.Round(time.Hour).String(), d.Round(time.Minute).String())
	println(d.Truncate(0).String(), d.Round(-1).String(), (-d).Abs().String(), time.Duration(-1<<63).Abs().String())
	println((d / 7).String(), (d % time.Minute).String(), (d * 2).String(), (time.Second / 3).String())
	for _, s := range []string{"1h2m3s", "1.5h", "-2m", "300ms", "1us", "1µs", "2.000000001s", "0", "+5s", "1d", "", "3", ".s", "9223372036854775808ns"} {
		d, err := time.ParseDuration(s)
		if err != nil {
			println(s, "error:", err.Error())
			continue
		}
		println(s, "=", d.String())
	}
	println(time.Hour > time.Minute, time.Duration(1e9) == time.Second)
}
