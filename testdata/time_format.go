// time.Time: Date with normalisation, Format and Parse with standard and
// custom layouts, Unix conversions, UTC, In(FixedZone), calendar
// arithmetic, comparisons; LoadLocation of a zoneinfo location.
package main

import "time"

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	for _, layout := range []string{time.RFC3339, time.RFC3339Nano, time.RFC1123, time.RFC1123Z,
		time.ANSIC, time.UnixDate, time.Kitchen, time.Stamp, time.DateTime, time.DateOnly,
		"2006-01-02 15:04:05.000 MST Mon Jan _2", "Monday, January 2, 2006 3:04:05.999999 PM -07:00"} {
		println(t.Format(layout))
	}
	println(t.String())
	println(t.Year(), t.Month().String(), t.Day(), t.Weekday().String(), t.YearDay(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	y, w := t.ISOWeek()
	println("iso week", y, w)
	println(t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())

	// Normalisation.
	n := time.Date(2023, 14, 35, 25, 61, 61, 0, time.UTC)
	println(n.Format(time.RFC3339))

	// Fixed zones.
	est := time.FixedZone("EST", -5*3600)
	ist := time.FixedZone("IST", 5*3600+1800)
	println(t.In(est).Format(time.RFC3339Nano), t.In(ist).String())
	name, off := t.In(ist).Zone()
	println(name, off)
	println(t.Equal(t.In(est)), t == t.In(est), t.In(est).UTC() == t)

	// Unix.
	u := time.Unix(1700000000, 5).UTC()
	println(u.String())
	println(time.UnixMilli(-1).UTC().String())
	println(time.Unix(0, 0).UTC().Format(time.RFC1123))

	// Arithmetic.
	println(t.Add(36*time.Hour).Format(time.DateTime), t.AddDate(0, 1, 0).Format(time.DateOnly), t.AddDate(1, 0, 0).Format(time.DateOnly))
	println(t.Sub(u).String(), t.After(u), t.Before(u), t.Compare(u))
	println(t.Truncate(time.Hour).Format(time.RFC3339Nano), t.Round(time.Second).Format(time.RFC3339Nano))
	var zero time.Time
	println(zero.IsZero(), zero.String(), zero.Unix())

	// Parse.
	for _, c := range [][2]string{
		{time.RFC3339, "2021-06-07T08:09:10Z"},
		{time.RFC3339, "2021-06-07T08:09:10+02:00"},
		{time.RFC3339Nano, "2021-06-07T08:09:10.000123-07:30"},
		{time.DateTime, "1999-12-31 23:59:59"},
		{"Jan 2 2006 3:04PM", "Mar 9 2010 7:05AM"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700"},
		{time.DateOnly, "2023-02-30"},
		{time.DateOnly, "not a date"},
		{time.Kitchen, "25:00PM"},
	} {
		p, err := time.Parse(c[0], c[1])
		if err != nil {
			println("parse error:", err.Error())
			continue
		}
		println(p.String(), p.Unix())
	}
	p, err := time.ParseInLocation(time.DateTime, "2020-01-01 00:00:00", est)
	println(p.String(), err == nil)

	// Marshalling.
	b, _ := t.MarshalText()
	println(string(b))
	var back time.Time
	println(back.UnmarshalText(b) == nil, back.Equal(t))
	bin, _ := t.In(est).MarshalBinary()
	println(len(bin))

	// Months and weekdays.
	println(time.March.String(), time.Saturday.String(), time.Month(13).String(), time.Weekday(9).String())

	// A location from the zoneinfo database.
	loc, err := time.LoadLocation("America/New_York")
	if err != nil {
		println("LoadLocation:", err.Error())
		return
	}
	println(loc.String())
	summer := time.Date(2024, 7, 4, 12, 0, 0, 0, loc)
	winter := time.Date(2024, 1, 4, 12, 0, 0, 0, loc)
	println(summer.String(), winter.String())
	println(summer.UTC().String(), winter.UTC().String())
	// The missing hour of the spring transition.
	println(time.Date(2024, 3, 10, 2, 30, 0, 0, loc).String())
	_, err = time.LoadLocation("No/Such_Zone")
	println(err.Error())
	utc, _ := time.LoadLocation("UTC")
	println(utc.String(), utc == time.UTC)
	local, _ := time.LoadLocation("Local")
	println(local.String())
}
