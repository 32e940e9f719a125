// The Local location comes from $TZ, read when Local is first used: a
// zoneinfo name, an empty value (UTC), a ":"-prefixed name.
package main

import (
	"os"
	"time"
)

func main() {
	os.Setenv("TZ", "Asia/Tokyo")
	t := time.Date(2024, 5, 6, 7, 8, 9, 0, time.Local)
	println(time.Local.String(), t.String(), t.UTC().String())
	name, off := time.Unix(1700000000, 0).Zone()
	println(name, off)

	for _, tz := range []string{"Europe/Paris", ":America/Sao_Paulo", "Australia/Lord_Howe"} {
		loc, err := time.LoadLocation(tz)
		if err != nil {
			println(tz, err.Error())
			continue
		}
		for _, u := range []int64{0, 1000000000, 1700000000, 2000000000} {
			println(tz, time.Unix(u, 0).In(loc).Format(time.RFC1123Z))
		}
	}
	t2, err := time.ParseInLocation("2006-01-02 15:04", "2024-10-27 02:30", mustLoad("Europe/Paris"))
	println(t2.String(), err == nil)
	z, _ := t2.Zone()
	println(z)
	s, e := t2.ZoneBounds()
	println(s.String(), e.String())
}

func mustLoad(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}
