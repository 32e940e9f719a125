package a

import "example.com/genericident/g"

func New() g.Box[int] { return g.Make(41) }

func Take(b g.Box[int]) int { return b.V }

func AsAny() any { return g.Make("s") }
