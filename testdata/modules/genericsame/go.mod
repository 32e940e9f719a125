module example.com/genericsame

go 1.27
