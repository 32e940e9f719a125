package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"time"
)

type SKU string

type Item struct {
	SKU      SKU
	Name     string
	Qty      int
	Price    float64
	Added    time.Time
	Category Category
}

type Category uint8

const (
	Food Category = iota + 1
	Tools
	Toys
)

var catNames = map[Category]string{Food: "food", Tools: "tools", Toys: "toys"}

func (c Category) String() string {
	if s, ok := catNames[c]; ok {
		return s
	}
	return fmt.Sprintf("Category(%d)", uint8(c))
}

type Inventory struct {
	items map[SKU]*Item
	log   bytes.Buffer
}

type StockError struct {
	SKU       SKU
	Have, Want int
}

func (e StockError) Error() string {
	return fmt.Sprintf("sku %s: have %d, want %d", e.SKU, e.Have, e.Want)
}

var ErrUnknown = errors.New("unknown sku")

func (inv *Inventory) logf(format string, args ...any) {
	fmt.Fprintf(&inv.log, format+"\n", args...)
}

func (inv *Inventory) Add(it Item) {
	if inv.items == nil {
		inv.items = make(map[SKU]*Item)
	}
	if ex, ok := inv.items[it.SKU]; ok {
		ex.Qty += it.Qty
		inv.logf("restock %s +%d -> %d", it.SKU, it.Qty, ex.Qty)
		return
	}
	cp := it
	inv.items[it.SKU] = &cp
	inv.logf("add %s (%s) qty=%d", it.SKU, it.Name, it.Qty)
}

func (inv *Inventory) Remove(sku SKU, n int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("remove %q: %w", sku, ErrUnknown)
	}
	if it.Qty < n {
		return StockError{sku, it.Qty, n}
	}
	it.Qty -= n
	inv.logf("remove %s -%d -> %d", sku, n, it.Qty)
	if it.Qty == 0 {
		delete(inv.items, sku)
		inv.logf("drop %s", sku)
	}
	return nil
}

func (inv *Inventory) ByCategory() map[Category][]*Item {
	out := map[Category][]*Item{}
	for _, it := range inv.items {
		out[it.Category] = append(out[it.Category], it)
	}
	for _, list := range out {
		sort.Slice(list, func(i, j int) bool { return list[i].SKU < list[j].SKU })
	}
	return out
}

var skuRe = regexp.MustCompile(`^([A-Z]{2})-(\d{3,5})$`)

const csvData = `AB-100,Apples,50,0.35,1,2024-01-15
TL-2000,Hammer,5,12.99,2,2024-02-01
TY-300,Yo-yo,12,2.50,3,2024-02-10
bad-line
AB-101,Bananas,0,0.25,1,2024-03-01
TL-2001,Wrench,3,8.75,2,2024-03-05
XX-1,Broken,1,1,9,2024-01-01
AB-100,Apples,25,0.35,1,2024-04-01`

func main() {
	var inv Inventory
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	sc := bufio.NewScanner(strings.NewReader(csvData))
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), ",")
		if len(f) != 6 {
			fmt.Printf("line %d: want 6 fields, got %d\n", line, len(f))
			continue
		}
		if !skuRe.MatchString(f[0]) {
			fmt.Printf("line %d: bad sku %q\n", line, f[0])
			continue
		}
		m := skuRe.FindStringSubmatch(f[0])
		var it Item
		it.SKU = SKU(f[0])
		it.Name = f[1]
		fmt.Sscan(f[2], &it.Qty)
		fmt.Sscan(f[3], &it.Price)
		var c int
		fmt.Sscan(f[4], &c)
		it.Category = Category(c)
		t, err := time.Parse("2006-01-02", f[5])
		if err != nil {
			fmt.Println(err)
			continue
		}
		it.Added = t
		fmt.Printf("line %d: prefix=%s num=%s age=%v days=%.0f %s\n", line, m[1], m[2], t.Sub(base), t.Sub(base).Hours()/24, t.Weekday())
		inv.Add(it)
	}
	for _, op := range []struct {
		sku SKU
		n   int
	}{{"AB-100", 70}, {"AB-100", 10}, {"ZZ-999", 1}, {"TL-2001", 3}, {"TY-300", 13}} {
		if err := inv.Remove(op.sku, op.n); err != nil {
			var se StockError
			if errors.As(err, &se) {
				fmt.Printf("stock error: %v (short by %d)\n", se, se.Want-se.Have)
			} else {
				fmt.Println("error:", err, errors.Is(err, ErrUnknown))
			}
		}
	}
	cats := inv.ByCategory()
	keys := make([]Category, 0)
	for k := range cats {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	total := 0.0
	for _, k := range keys {
		fmt.Fprintf(w, "== %v ==\n", k)
		for _, it := range cats[k] {
			v := float64(it.Qty) * it.Price
			total += v
			fmt.Fprintf(w, "  %-8s %-8s %4d x %6.2f = %8.2f  added %s\n", it.SKU, it.Name, it.Qty, it.Price, v, it.Added.Format("Jan 2, 2006"))
		}
	}
	fmt.Fprintf(w, "total value: %.2f\n", total)
	fmt.Fprint(w, inv.log.String())
	r := strings.NewReplacer("apples", "APPLES", "a", "4", "e", "3")
	fmt.Fprintln(w, r.Replace("bananas and apples are free"))
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	fmt.Fprintln(w, re.ReplaceAllString("mail bob@example.com or ann@test.com", "$2:$1"))
	fmt.Fprintln(w, re.FindAllStringSubmatchIndex("x a@b.com y c@d.com", -1))
	t := time.Date(2023, time.December, 31, 23, 59, 58, 123456789, time.UTC)
	t2 := t.Add(36 * time.Hour)
	fmt.Fprintln(w, t2.Format(time.RFC3339Nano), t2.YearDay(), t2.Month(), t.Format(time.Kitchen), t.Format("Mon Jan _2 15:04:05.000 2006"))
	fmt.Fprintln(w, t2.Sub(t), t.Before(t2), t2.Truncate(24*time.Hour).Format(time.ANSIC), t.AddDate(0, 2, 0).Format(time.DateOnly))
	y, wk := t.ISOWeek()
	fmt.Fprintln(w, y, wk, t.Unix(), t.UnixMilli(), t.Nanosecond())
	bb := []byte("  Hello, World  ")
	fmt.Fprintf(w, "%q %q %v %d\n", bytes.TrimSpace(bb), bytes.ToUpper(bb), bytes.Contains(bb, []byte("World")), bytes.Count(bb, []byte("l")))
	fmt.Fprintln(w, bytes.Equal([]byte("a"), []byte("a")), strings.Fields(" a  b c "), strings.SplitN("a,b,c,d", ",", 2), strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"))
	idx := sort.SearchInts([]int{1, 3, 5, 7, 9}, 6)
	fmt.Fprintln(w, idx, sort.Search(100, func(i int) bool { return i*i >= 50 }), strings.LastIndex("go gopher", "go"), strings.IndexFunc("abc1", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Fprintln(w, strings.ContainsAny("key=value", "=!"))
	before, after, found := strings.Cut("novalue", "=")
	fmt.Fprintf(w, "%q %q %v\n", before, after, found)
}
