// Package inner embeds files relative to its own directory.
package inner

import "embed"

//go:embed data
var Data embed.FS

//go:embed data/nums.csv
var Nums string
