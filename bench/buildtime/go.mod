module buildtime

go 1.27
