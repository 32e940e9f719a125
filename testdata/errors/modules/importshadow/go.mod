module example.com/importshadow

go 1.22
