module example.com/embedpattern

go 1.22
