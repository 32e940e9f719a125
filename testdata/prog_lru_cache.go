package main

// An LRU cache built from a map and a doubly linked list with sentinel,
// exercised with a deterministic access pattern; hit/miss/eviction counts.

type entry struct {
	key        int
	val        string
	prev, next *entry
}

type LRU struct {
	cap     int
	items   map[int]*entry
	root    entry
	evicted []int
}

func NewLRU(capacity int) *LRU {
	c := &LRU{cap: capacity, items: make(map[int]*entry)}
	c.root.next = &c.root
	c.root.prev = &c.root
	return c
}

func (c *LRU) unlink(e *entry) {
	e.prev.next = e.next
	e.next.prev = e.prev
}

func (c *LRU) pushFront(e *entry) {
	e.next = c.root.next
	e.prev = &c.root
	c.root.next.prev = e
	c.root.next = e
}

func (c *LRU) Get(k int) (string, bool) {
	e, ok := c.items[k]
	if !ok {
		return "", false
	}
	c.unlink(e)
	c.pushFront(e)
	return e.val, true
}

func (c *LRU) Put(k int, v string) {
	if e, ok := c.items[k]; ok {
		e.val = v
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) == c.cap {
		old := c.root.prev
		c.unlink(old)
		delete(c.items, old.key)
		c.evicted = append(c.evicted, old.key)
	}
	e := &entry{key: k, val: v}
	c.items[k] = e
	c.pushFront(e)
}

func (c *LRU) Keys() []int {
	var ks []int
	for e := c.root.next; e != &c.root; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

func main() {
	c := NewLRU(3)
	c.Put(1, "one")
	c.Put(2, "two")
	c.Put(3, "three")
	c.Get(1)
	c.Put(4, "four")
	_, ok := c.Get(2)
	println(ok)
	v, ok := c.Get(3)
	println(v, ok)
	c.Put(1, "uno")
	c.Put(5, "five")
	for _, k := range c.Keys() {
		v, _ := c.items[k]
		print(k, "=", v.val, " ")
	}
	println()
	print("evicted:")
	for _, k := range c.evicted {
		print(" ", k)
	}
	println()

	big := NewLRU(1000)
	hits, misses := 0, 0
	x := uint32(7)
	for i := 0; i < 200000; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		k := int(x % 1500)
		if i%4 == 0 {
			k = int(x % 50)
		}
		if _, ok := big.Get(k); ok {
			hits++
		} else {
			misses++
			big.Put(k, "v")
		}
	}
	println(hits, misses, len(big.items), len(big.Keys()), len(big.evicted))
}
