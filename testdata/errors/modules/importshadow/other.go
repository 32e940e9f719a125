package main

import "os"

func useOS() { _ = os.Args }
