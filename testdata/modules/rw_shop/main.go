package main

import (
	"errors"
	"fmt"

	"example.com/shop/internal/util"
	"example.com/shop/models"
	"example.com/shop/store"
)

func main() {
	s := store.New[*models.Product]()
	s.Put(models.NewProduct(2, " Blue Shirt ", 1999))
	s.Put(models.NewProduct(1, "Red Hat", 1250))
	var prices []models.Cents
	s.Each(func(p *models.Product) {
		fmt.Println(p.ID(), p.Slug(), p.Name, p.Price)
		prices = append(prices, p.Price)
	})
	fmt.Println(util.Sum(prices...), util.Sum(1.5, 2.5), util.Calls)
	_, err := s.Get(9)
	fmt.Println(err, errors.Is(err, store.ErrNotFound))
	fmt.Println(models.Registered)
	var id models.Identified = models.NewProduct(3, "X Y", 1)
	fmt.Printf("%T %v %s\n", id, id.Slug(), models.Cents(5))
}
