// syscall.Setuid and its family go through AllThreadsSyscall: setting the
// credentials the process already has succeeds for any user.
package main

import (
	"os"
	"syscall"
)

func main() {
	println("Setgid:", syscall.Setgid(os.Getgid()) == nil)
	println("Setuid:", syscall.Setuid(os.Getuid()) == nil)
	println("Setresgid:", syscall.Setresgid(-1, -1, -1) == nil)
	println("Setresuid:", syscall.Setresuid(-1, -1, -1) == nil)
	println("Setregid:", syscall.Setregid(-1, -1) == nil)
	println("Setreuid:", syscall.Setreuid(-1, -1) == nil)
	println("Setegid:", syscall.Setegid(os.Getegid()) == nil)
	println("Seteuid:", syscall.Seteuid(os.Geteuid()) == nil)
	println("still", os.Getuid() == os.Geteuid(), os.Getgid() == os.Getegid())
}
