// Generic interfaces that embed themselves, directly or behind a method.
package main

type Me[T any] interface{ Me[T] }

type Ping[T any] interface {
	Pong[T]
	Val() T
}
type Pong[T any] interface{ Ping[T] }

type Out[T any] interface {
	Get() In[T]
	In[T]
}
type In[T any] interface{ Out[T] }

// A constraint interface used in a method while it waits.
type User interface {
	Take(Num) Num
}
type Num interface {
	User
	~int | ~float64
}

var (
	_ Me[int]
	_ Ping[string]
	_ Out[bool]
)

func main() {}
