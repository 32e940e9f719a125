// os.Exit ends the program at once with the status: deferred calls do not
// run, other goroutines stop.
package main

import "os"

func main() {
	defer println("deferred: never printed")
	go func() {
		select {}
	}()
	os.Stdout.WriteString("before exit\n")
	os.Exit(3)
}
