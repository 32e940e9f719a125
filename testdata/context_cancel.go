// context: Background/TODO, WithCancel, WithCancelCause and Cause,
// WithTimeout, WithDeadline, WithValue, AfterFunc, WithoutCancel,
// propagation from parents to children, Err and Done.
package main

import (
	"context"
	"errors"
	"sync"
	"time"
)

type key string

func main() {
	bg := context.Background()
	println(bg.Err() == nil, bg.Done() == nil)
	_, has := bg.Deadline()
	println("background deadline:", has)

	ctx, cancel := context.WithCancel(bg)
	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	println("before cancel:", ctx.Err() == nil, child.Err() == nil)
	cancel()
	<-child.Done()
	println("after cancel:", ctx.Err().Error(), child.Err().Error(), errors.Is(child.Err(), context.Canceled))
	cancel()
	println("cancel is idempotent:", ctx.Err() == context.Canceled)

	// Cancellation wakes every waiting goroutine.
	ctx, cancel = context.WithCancel(bg)
	var wg sync.WaitGroup
	var mu sync.Mutex
	woken := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-ctx.Done()
			mu.Lock()
			woken++
			mu.Unlock()
		}()
	}
	time.Sleep(5 * time.Millisecond)
	cancel()
	wg.Wait()
	println("woken:", woken)

	// Causes.
	myErr := errors.New("my cause")
	cctx, ccancel := context.WithCancelCause(bg)
	ccancel(myErr)
	println(cctx.Err().Error(), context.Cause(cctx).Error())
	cctx2, ccancel2 := context.WithCancelCause(bg)
	ccancel2(nil)
	println(context.Cause(cctx2).Error(), context.Cause(bg) == nil)

	// Timeouts and deadlines.
	tctx, tcancel := context.WithTimeout(bg, 20*time.Millisecond)
	defer tcancel()
	dl, ok := tctx.Deadline()
	println("has deadline:", ok, "in the future:", time.Until(dl) > 0)
	start := time.Now()
	select {
	case <-tctx.Done():
		println("timed out:", tctx.Err().Error(), errors.Is(tctx.Err(), context.DeadlineExceeded), time.Since(start) >= 15*time.Millisecond)
	case <-time.After(2 * time.Second):
		println("no timeout")
	}
	var te interface{ Timeout() bool }
	println("Timeout():", errors.As(tctx.Err(), &te) && te.Timeout())

	past, pcancel := context.WithDeadline(bg, time.Now().Add(-time.Second))
	println("past deadline:", past.Err().Error())
	pcancel()

	tc2, tcancel2 := context.WithTimeoutCause(bg, 5*time.Millisecond, errors.New("too slow"))
	<-tc2.Done()
	println(tc2.Err().Error(), context.Cause(tc2).Error())
	tcancel2()

	// A child's deadline is never later than its parent's.
	parent, pc := context.WithTimeout(bg, 10*time.Millisecond)
	defer pc()
	kid, kc := context.WithTimeout(parent, time.Hour)
	defer kc()
	pd, _ := parent.Deadline()
	kd, _ := kid.Deadline()
	println("child deadline is parent's:", kd.Equal(pd))
	<-kid.Done()
	println("child:", kid.Err().Error())

	// Canceling early stops the timer.
	ec, ecancel := context.WithTimeout(bg, time.Hour)
	ecancel()
	println("early cancel:", ec.Err().Error())

	// Values.
	vctx := context.WithValue(bg, key("user"), "gopher")
	vctx = context.WithValue(vctx, key("id"), 42)
	println(vctx.Value(key("user")).(string), vctx.Value(key("id")).(int), vctx.Value(key("none")) == nil, vctx.Value("user") == nil)
	vc, vcancel := context.WithCancel(vctx)
	println("value through cancel ctx:", vc.Value(key("user")).(string))
	vcancel()

	// AfterFunc.
	actx, acancel := context.WithCancel(bg)
	ran := make(chan string, 1)
	stop := context.AfterFunc(actx, func() { ran <- "after func ran" })
	acancel()
	println(<-ran)
	println("stop after run:", stop())
	actx2, acancel2 := context.WithCancel(bg)
	stop2 := context.AfterFunc(actx2, func() { println("must not run") })
	println("stop before cancel:", stop2())
	acancel2()
	time.Sleep(5 * time.Millisecond)

	// WithoutCancel keeps values, drops cancellation.
	wctx, wcancel := context.WithCancel(context.WithValue(bg, key("k"), "v"))
	wo := context.WithoutCancel(wctx)
	wcancel()
	println("without cancel:", wo.Err() == nil, wo.Done() == nil, wo.Value(key("k")).(string))

	println(bg == context.Background(), context.TODO() != nil)
}
