module example.com/oldgenerics

go 1.20
