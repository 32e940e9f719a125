// os/signal: Notify delivers signals to every registered channel,
// NotifyContext cancels on a signal, Stop and Reset end delivery,
// Ignore/Ignored; a signal that nobody wants but is ignored does nothing.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func kill(sig syscall.Signal) {
	syscall.Kill(os.Getpid(), sig)
}

func main() {
	c1 := make(chan os.Signal, 1)
	c2 := make(chan os.Signal, 4)
	signal.Notify(c1, syscall.SIGUSR1)
	signal.Notify(c2, syscall.SIGUSR1, syscall.SIGUSR2)
	kill(syscall.SIGUSR1)
	println("c1:", (<-c1).String())
	println("c2:", (<-c2).String())
	kill(syscall.SIGUSR2)
	println("c2:", (<-c2).String())
	select {
	case s := <-c1:
		println("c1 unexpected", s.String())
	case <-time.After(50 * time.Millisecond):
		println("c1 did not get SIGUSR2")
	}

	signal.Stop(c1)
	kill(syscall.SIGUSR1)
	println("c2 after Stop(c1):", (<-c2).String())
	select {
	case <-c1:
		println("c1 got a signal after Stop")
	case <-time.After(50 * time.Millisecond):
		println("c1 quiet after Stop")
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGHUP)
	kill(syscall.SIGHUP)
	<-ctx.Done()
	println("NotifyContext:", ctx.Err().Error(), context.Cause(ctx).Error())
	stop()

	println("ignored before:", signal.Ignored(syscall.SIGUSR2))
	signal.Reset(syscall.SIGUSR2)
	signal.Ignore(syscall.SIGUSR2)
	println("ignored after:", signal.Ignored(syscall.SIGUSR2))
	kill(syscall.SIGUSR2)
	time.Sleep(20 * time.Millisecond)
	println("alive after ignored SIGUSR2")

	signal.Notify(c1, syscall.SIGUSR2)
	println("ignored after Notify:", signal.Ignored(syscall.SIGUSR2))
	kill(syscall.SIGUSR2)
	println("c1:", (<-c1).String())
	signal.Reset()
	println("sig strings:", syscall.SIGINT.String(), syscall.SIGTERM.String(), os.Interrupt.String(), os.Kill.String())
}
