module example.com/initcycleorder

go 1.22
