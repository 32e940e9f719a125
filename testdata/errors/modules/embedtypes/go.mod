module example.com/embedtypes

go 1.22
