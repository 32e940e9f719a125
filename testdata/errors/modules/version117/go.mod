module example.com/version117

go 1.17
