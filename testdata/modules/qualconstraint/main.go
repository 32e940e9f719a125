// Generic constraints written qualified (pkg.C[P]) in another package than
// the one declaring them: their type sets are read in the declaring package.
package main

import (
	"fmt"

	"qualconstraint/use"
)

func main() {
	fmt.Println(use.All())
}
