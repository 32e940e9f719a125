module example.com/app

go 1.27

require (
	example.com/Greet v1.2.0
	example.com/util v0.3.1
)
