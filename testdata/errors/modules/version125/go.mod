module version125

go 1.25
