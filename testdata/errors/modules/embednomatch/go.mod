module example.com/embednomatch

go 1.22
