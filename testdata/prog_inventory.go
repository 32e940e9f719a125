package main

// An inventory system combining generics, interfaces, methods, closures,
// maps and defer/recover: orders processed against stock with errors.

type Money int

func (m Money) String() string {
	return itoa(int(m)/100) + "." + pad2(int(m)%100)
}

func pad2(n int) string {
	if n < 10 {
		return "0" + itoa(n)
	}
	return itoa(n)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

type Item struct {
	SKU   string
	Price Money
	Qty   int
}

type OutOfStock struct {
	SKU        string
	Want, Have int
}

func (e OutOfStock) Error() string {
	return "out of stock: " + e.SKU + " want " + itoa(e.Want) + " have " + itoa(e.Have)
}

type UnknownItem string

func (e UnknownItem) Error() string { return "unknown item " + string(e) }

type Store struct {
	stock   map[string]*Item
	revenue Money
	log     []string
}

func (s *Store) Add(items ...Item) {
	for i := range items {
		it := items[i]
		if old, ok := s.stock[it.SKU]; ok {
			old.Qty += it.Qty
			continue
		}
		s.stock[it.SKU] = &it
	}
}

type Line struct {
	SKU string
	Qty int
}

func (s *Store) Order(lines ...Line) (total Money, err error) {
	undo := []func(){}
	defer func() {
		if err != nil {
			for i := len(undo) - 1; i >= 0; i-- {
				undo[i]()
			}
			s.log = append(s.log, "rolled back: "+err.Error())
		} else {
			s.revenue += total
			s.log = append(s.log, "ok: "+total.String())
		}
	}()
	for _, l := range lines {
		it, ok := s.stock[l.SKU]
		if !ok {
			return 0, UnknownItem(l.SKU)
		}
		if it.Qty < l.Qty {
			return 0, OutOfStock{l.SKU, l.Qty, it.Qty}
		}
		it.Qty -= l.Qty
		q := l.Qty
		undo = append(undo, func() { it.Qty += q })
		total += it.Price * Money(l.Qty)
	}
	return total, nil
}

func SumBy[T any, N int | Money](xs []T, f func(T) N) N {
	var n N
	for _, x := range xs {
		n += f(x)
	}
	return n
}

func main() {
	s := &Store{stock: map[string]*Item{}}
	s.Add(Item{"apple", 50, 10}, Item{"pear", 75, 4}, Item{"fig", 199, 2})
	s.Add(Item{"apple", 50, 5})
	orders := [][]Line{
		{{"apple", 3}, {"pear", 2}},
		{{"fig", 1}, {"pear", 3}},
		{{"apple", 2}, {"kiwi", 1}},
		{{"fig", 2}},
		{{"fig", 1}, {"apple", 10}},
	}
	for _, o := range orders {
		t, err := s.Order(o...)
		if err != nil {
			switch e := err.(type) {
			case OutOfStock:
				println("short by", e.Want-e.Have)
			case UnknownItem:
				println("unknown", string(e))
			}
			continue
		}
		println("order total", t.String())
	}
	for _, l := range s.log {
		println(l)
	}
	items := []*Item{s.stock["apple"], s.stock["pear"], s.stock["fig"]}
	println(s.revenue.String(), SumBy(items, func(i *Item) int { return i.Qty }),
		SumBy(items, func(i *Item) Money { return i.Price * Money(i.Qty) }).String())
}
