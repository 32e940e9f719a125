module example.com/version120

go 1.20
