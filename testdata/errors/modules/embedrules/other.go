package main

//go:embed x.txt
var noImport string
