module example.com/embedrules

go 1.22
