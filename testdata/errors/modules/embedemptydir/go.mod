module example.com/embedemptydir

go 1.22
