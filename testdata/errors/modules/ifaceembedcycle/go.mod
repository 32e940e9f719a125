module example.com/ifaceembedcycle

go 1.22
