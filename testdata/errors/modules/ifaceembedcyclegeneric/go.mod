module example.com/ifaceembedcyclegeneric

go 1.22
