module example.com/lu

go 1.22
