module example.com/genericident

go 1.27
