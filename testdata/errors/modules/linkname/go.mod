module example.com/le

go 1.22
