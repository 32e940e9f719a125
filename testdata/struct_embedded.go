package main

// Embedded struct fields: promoted field access, shadowing by depth, and
// copies of the outer struct copying the embedded value.

type Base struct {
	ID   int
	Name string
}

type Timestamps struct {
	Created, Updated int64
}

type User struct {
	Base
	Timestamps
	Name  string
	Email string
}

type Admin struct {
	*User
	Level int
}

type Deep struct {
	Admin
	Extra [2]int
}

func main() {
	u := User{Base{1, "base"}, Timestamps{100, 200}, "user", "u@example"}
	println(u.ID, u.Name, u.Base.Name, u.Created, u.Timestamps.Updated)
	u.ID = 7
	u.Updated++
	println(u.Base.ID, u.Updated)
	v := u
	v.Base.Name = "changed"
	println(u.Base.Name, v.Base.Name, u == v)
	a := Admin{&u, 3}
	a.Email = "admin@example"
	a.ID = 99
	println(u.Email, u.ID, a.Level, a.User.Name)
	d := Deep{Admin: a}
	d.Created = -1
	println(u.Created, d.Extra[1], d.Level)
	var z User
	println(z.ID, z.Name == "", z.Created)
}
