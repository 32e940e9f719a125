package main

import (
	"fmt"
	"sort"
	"strings"
)

type Entity struct {
	ID   int
	Tags []string
}

func (e *Entity) AddTag(t string) { e.Tags = append(e.Tags, t) }
func (e Entity) HasTag(t string) bool {
	for _, x := range e.Tags {
		if x == t {
			return true
		}
	}
	return false
}

type Timestamps struct{ Created, Updated int64 }

func (t *Timestamps) Touch(now int64) {
	if t.Created == 0 {
		t.Created = now
	}
	t.Updated = now
}

type User struct {
	Entity
	Timestamps
	Name string
}

type Admin struct {
	*User
	Level int
}

func (a Admin) HasTag(t string) bool { return t == "admin" || a.User.HasTag(t) }

type Repo[T any, K comparable] struct {
	items map[K]T
	key   func(T) K
}

func NewRepo[T any, K comparable](key func(T) K) *Repo[T, K] {
	return &Repo[T, K]{items: map[K]T{}, key: key}
}

func (r *Repo[T, K]) Save(v T) K {
	k := r.key(v)
	r.items[k] = v
	return k
}

func (r *Repo[T, K]) Find(pred func(T) bool) []T {
	var out []T
	for _, v := range r.items {
		if pred(v) {
			out = append(out, v)
		}
	}
	return out
}

type Tagger interface {
	AddTag(string)
	HasTag(string) bool
}

type Sorted[T any] struct {
	Repo *Repo[T, int]
	less func(a, b T) bool
}

func (s Sorted[T]) All() []T {
	out := s.Repo.Find(func(T) bool { return true })
	sort.Slice(out, func(i, j int) bool { return s.less(out[i], out[j]) })
	return out
}

func main() {
	u := &User{Entity: Entity{ID: 1}, Name: "ann"}
	u.AddTag("dev")
	u.Touch(100)
	u.Touch(200)
	fmt.Println(u.ID, u.Tags, u.HasTag("dev"), u.Created, u.Updated)
	a := Admin{User: u, Level: 3}
	a.AddTag("ops")
	fmt.Println(a.HasTag("admin"), a.HasTag("ops"), a.Entity.HasTag("admin"), u.Tags)
	var tg Tagger = u
	tg.AddTag("x")
	tg = a
	fmt.Println(tg.HasTag("admin"), len(u.Tags))
	repo := NewRepo(func(u *User) int { return u.ID })
	for i, n := range strings.Fields("bob cat dan eve") {
		nu := &User{Entity: Entity{ID: 10 - i}, Name: n}
		if i%2 == 0 {
			nu.AddTag("even")
		}
		repo.Save(nu)
	}
	s := Sorted[*User]{repo, func(a, b *User) bool { return a.ID < b.ID }}
	for _, x := range s.All() {
		fmt.Print(x.ID, x.Name, x.Tags, " ")
	}
	fmt.Println()
	evens := repo.Find(func(u *User) bool { return u.HasTag("even") })
	sort.Slice(evens, func(i, j int) bool { return evens[i].Name < evens[j].Name })
	for _, e := range evens {
		fmt.Print(e.Name, " ")
	}
	fmt.Println()
	f := (*User).AddTag
	f(u, "via-expr")
	g := User.HasTag
	fmt.Println(g(*u, "via-expr"), Admin.HasTag(a, "admin"))
	h := a.HasTag
	a.User = &User{}
	fmt.Println(h("ops"), a.HasTag("ops"))
	fmt.Printf("%+v\n", *u)
}
