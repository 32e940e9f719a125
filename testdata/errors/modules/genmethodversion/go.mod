module example.com/genmethodversion

go 1.26
