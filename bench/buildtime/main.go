// A program for bench/run's build-time rows: it imports strings, strconv,
// sort and slices, as the warm-rebuild target asks.
package main

import (
	"slices"
	"sort"
	"strconv"
	"strings"
)

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	sort.Strings(words)
	lens := make([]int, len(words))
	for i, w := range words {
		lens[i] = len(w)
	}
	slices.Sort(lens)
	println(strings.Join(words, ","), strconv.Itoa(total(lens)), strconv.Quote(shout(words[0])))
}
