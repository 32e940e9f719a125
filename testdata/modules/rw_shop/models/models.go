package models

import (
	"fmt"

	"example.com/shop/internal/util"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type base struct {
	id   int
	slug string
}

func (b *base) ID() int       { return b.id }
func (b base) Slug() string   { return b.slug }
func (b *base) setID(id int)  { b.id = id }

type Product struct {
	base
	Name  string
	Price Cents
}

func NewProduct(id int, name string, price Cents) *Product {
	p := &Product{Name: name, Price: price}
	p.setID(id)
	p.slug = util.Slug(name)
	return p
}

type Identified interface {
	ID() int
	Slug() string
}

var Registered = register()

func register() []string { return []string{"models"} }

func init() { Registered = append(Registered, "models.init") }
