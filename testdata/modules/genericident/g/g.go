package g

type Box[T any] struct{ V T }

func (b *Box[T]) Set(v T) { b.V = v }

func (b Box[T]) Get() T { return b.V }

func Make[T any](v T) Box[T] { return Box[T]{v} }

type Getter[T any] interface{ Get() T }
