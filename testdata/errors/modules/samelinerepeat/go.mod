module example.com/samelinerepeat

go 1.22
