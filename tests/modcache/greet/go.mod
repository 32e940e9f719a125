module example.com/Greet

go 1.21

require example.com/util v0.3.1
