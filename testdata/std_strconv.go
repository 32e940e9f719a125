package main

import (
	"errors"
	"math"
	"strconv"
)

func showErr(err error) {
	if err == nil {
		println("  ok")
		return
	}
	println("  err:", err.Error())
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		println("  NumError", ne.Func, ne.Num, ne.Err == strconv.ErrRange, ne.Err == strconv.ErrSyntax)
	}
	println("  is range:", errors.Is(err, strconv.ErrRange), "is syntax:", errors.Is(err, strconv.ErrSyntax))
}

func main() {
	floats := []float64{0, 1, -1, 0.1, 1.0 / 3, 2.5e-8, 123456789.125, 1e21, 1e-7, 6.02214076e23,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1)}
	formats := []byte{'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X'}
	precs := []int{-1, 0, 3, 10}
	for _, f := range floats {
		for _, c := range formats {
			line := string(c) + ":"
			for _, p := range precs {
				line += " " + strconv.FormatFloat(f, c, p, 64)
			}
			println(line)
		}
		println("32:", strconv.FormatFloat(f, 'g', -1, 32), strconv.FormatFloat(f, 'e', 4, 32))
	}

	for _, s := range []string{"3.14", "-0", "1e400", "-1e400", "1e-400", "0x1.8p1", "0X1P-2", "inf", "-Inf", "+INF", "nan", "NaN",
		"1_000.5", "1__0", ".5", "5.", "", "abc", "1e", "0x", "0x1p", "1.7976931348623157e308", "4.9e-324", "2.2250738585072011e-308"} {
		f, err := strconv.ParseFloat(s, 64)
		println(strconv.Quote(s), strconv.FormatFloat(f, 'g', -1, 64))
		showErr(err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	println(strconv.FormatFloat(f32, 'g', -1, 64))
	showErr(err)
	f32, err = strconv.ParseFloat("0.1", 32)
	println(strconv.FormatFloat(f32, 'g', -1, 64), strconv.FormatFloat(f32, 'g', -1, 32))
	showErr(err)

	for _, s := range []string{"0", "-128", "127", "128", "0x7f", "0b101", "0o17", "017", "1_000", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "z", "", "+5", "--5"} {
		for _, base := range []int{0, 10, 16} {
			v, err := strconv.ParseInt(s, base, 8)
			println(strconv.Quote(s), base, v)
			showErr(err)
		}
		v, err := strconv.ParseInt(s, 0, 64)
		println(" 64:", v)
		showErr(err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	println(strconv.FormatUint(u, 10))
	showErr(err)
	_, err = strconv.ParseUint("18446744073709551616", 10, 64)
	showErr(err)
	_, err = strconv.ParseUint("-1", 10, 64)
	showErr(err)
	_, err = strconv.ParseInt("1", 1, 64)
	showErr(err)
	_, err = strconv.ParseInt("1", 10, 65)
	showErr(err)
	n, err := strconv.Atoi("-12345")
	println(n)
	showErr(err)
	_, err = strconv.Atoi("99999999999999999999")
	showErr(err)

	for _, base := range []int{2, 8, 10, 16, 36} {
		println(strconv.FormatInt(-255, base), strconv.FormatUint(math.MaxUint64, base))
	}
	println(strconv.Itoa(0), strconv.Itoa(math.MinInt64))
	b := []byte("x=")
	b = strconv.AppendInt(b, -42, 10)
	b = strconv.AppendQuote(append(b, ' '), "q\"")
	b = strconv.AppendBool(append(b, ' '), true)
	b = strconv.AppendFloat(append(b, ' '), 1.5, 'f', 2, 64)
	b = strconv.AppendQuoteRune(append(b, ' '), '☺')
	b = strconv.AppendUint(append(b, ' '), 7, 2)
	println(string(b))

	println(strconv.FormatBool(false))
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes"} {
		v, err := strconv.ParseBool(s)
		println(s, v, err == nil)
	}
	_, err = strconv.ParseBool("maybe")
	showErr(err)

	strs := []string{"", "hello", "tab\there", "quote\"back\\slash", "new\nline", "héllo wörld", "☺ smile", "\x00\x7f\xff", "\u2028", "emoji 😀", "bell\a", "\U0010ffff"}
	for _, s := range strs {
		println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s))
		println(" ", strconv.CanBackquote(s), strconv.IsPrint([]rune(s + "x")[0]))
	}
	for _, r := range []rune{'a', '\'', '"', '\n', 'é', '☺', 0x7f, 0xfffd, 0x10ffff, -1, 0xd800} {
		println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsGraphic(r))
	}
	for _, s := range []string{`"abc"`, `"a\tb\u00e9\x41\101"`, "`raw\\n`", `'x'`, `'\''`, `"unterminated`, `"bad\q"`, `abc`, `''`, `"\xff"`, `'ab'`, `"\U0001F600"`} {
		v, err := strconv.Unquote(s)
		println(s, strconv.Quote(v))
		showErr(err)
	}
	value, mb, tail, err := strconv.UnquoteChar(`\u263a rest`, '"')
	println(value, mb, tail, err == nil)
	value, mb, tail, err = strconv.UnquoteChar(`\'`, '"')
	println(value, mb, tail, err != nil)
	pre, err := strconv.QuotedPrefix(`"abc\"d" tail`)
	println(pre)
	showErr(err)
	_, err = strconv.QuotedPrefix(`xyz`)
	showErr(err)
	println(strconv.IntSize)
}
