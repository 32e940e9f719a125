//go:build linux && go1.20

package main

func older(yield func(int) bool) {
	for range older {
	}
	println(min(1, 2))
}
