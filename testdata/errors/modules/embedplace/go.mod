module example.com/embedplace

go 1.22
