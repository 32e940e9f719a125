module unexported

go 1.27
