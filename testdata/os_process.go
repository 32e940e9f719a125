// os.StartProcess and Process.Wait: a child that exits 0, one that exits
// with a status, a missing executable; os.FindProcess of ourselves.
package main

import (
	"errors"
	"io/fs"
	"os"
)

func run(argv ...string) {
	p, err := os.StartProcess(argv[0], argv, &os.ProcAttr{Files: []*os.File{os.Stdin, os.Stdout, os.Stderr}})
	if err != nil {
		println("start error:", err.Error(), errors.Is(err, fs.ErrNotExist))
		return
	}
	st, err := p.Wait()
	println("exit code:", st.ExitCode(), st.Success(), st.Exited(), err == nil, st.String())
}

func main() {
	run("/bin/sh", "-c", "echo child says hi")
	run("/bin/sh", "-c", "exit 7")
	run("/nonexistent/program")
	p, err := os.FindProcess(os.Getpid())
	println("find self:", p.Pid == os.Getpid(), err == nil)
	exe, err := os.Executable()
	println("executable:", len(exe) > 0, err == nil)
}
