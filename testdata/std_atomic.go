// sync/atomic: every function and every typed value, on one goroutine and
// across a few goroutines joined through a channel.
package main

import (
	"sync/atomic"
	"unsafe"
)

type T struct{ x int }

func functions() {
	var i32 int32 = 5
	println(atomic.AddInt32(&i32, 3), atomic.AddInt32(&i32, -10), atomic.SwapInt32(&i32, 1), atomic.LoadInt32(&i32))
	println(atomic.CompareAndSwapInt32(&i32, 1, 9), atomic.CompareAndSwapInt32(&i32, 1, 7), i32)
	atomic.StoreInt32(&i32, -1)
	println(atomic.AndInt32(&i32, 0x0f0), atomic.OrInt32(&i32, 0x101), i32)

	var i64 int64 = 1 << 40
	println(atomic.AddInt64(&i64, -(1 << 41)), atomic.SwapInt64(&i64, 7), atomic.LoadInt64(&i64))
	println(atomic.CompareAndSwapInt64(&i64, 7, 8), atomic.CompareAndSwapInt64(&i64, 7, 9), i64)
	atomic.StoreInt64(&i64, -1<<62)
	println(atomic.AndInt64(&i64, -1<<61), atomic.OrInt64(&i64, 3), i64)

	var u32 uint32 = 0xffffffff
	println(atomic.AddUint32(&u32, 2), atomic.AddUint32(&u32, ^uint32(0)), atomic.SwapUint32(&u32, 1<<31), atomic.LoadUint32(&u32))
	println(atomic.CompareAndSwapUint32(&u32, 1<<31, 5), atomic.CompareAndSwapUint32(&u32, 1<<31, 6), u32)
	atomic.StoreUint32(&u32, 0xf0f0f0f0)
	println(atomic.AndUint32(&u32, 0xff00ff00), atomic.OrUint32(&u32, 0x0f), u32)

	var u64 uint64 = 0xff
	println(atomic.AddUint64(&u64, 1<<63), atomic.SwapUint64(&u64, 3), atomic.LoadUint64(&u64))
	println(atomic.CompareAndSwapUint64(&u64, 3, 4), atomic.CompareAndSwapUint64(&u64, 3, 5), u64)
	atomic.StoreUint64(&u64, 0xff)
	println(atomic.AndUint64(&u64, 0x0f), atomic.OrUint64(&u64, 0x100), u64)

	var up uintptr = 10
	println(atomic.AddUintptr(&up, ^uintptr(0)), atomic.SwapUintptr(&up, 20), atomic.LoadUintptr(&up))
	println(atomic.CompareAndSwapUintptr(&up, 20, 21), atomic.CompareAndSwapUintptr(&up, 20, 22), up)
	atomic.StoreUintptr(&up, 0x33)
	println(atomic.AndUintptr(&up, 0x0f), atomic.OrUintptr(&up, 0x40), up)

	a, b := &T{1}, &T{2}
	var p unsafe.Pointer
	println(atomic.LoadPointer(&p) == nil)
	atomic.StorePointer(&p, unsafe.Pointer(a))
	println((*T)(atomic.LoadPointer(&p)).x, (*T)(atomic.SwapPointer(&p, unsafe.Pointer(b))).x)
	println(atomic.CompareAndSwapPointer(&p, unsafe.Pointer(a), nil), atomic.CompareAndSwapPointer(&p, unsafe.Pointer(b), unsafe.Pointer(a)), (*T)(p).x)
}

func types() {
	var b atomic.Bool
	println(b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(false, true), b.CompareAndSwap(true, false), b.Load())
	b.Store(true)
	println(b.Load())

	var i32 atomic.Int32
	i32.Store(-4)
	println(i32.Add(10), i32.Load(), i32.Swap(3), i32.CompareAndSwap(3, 4), i32.CompareAndSwap(3, 5), i32.And(6), i32.Or(1), i32.Load())
	var i64 atomic.Int64
	i64.Store(-4 << 40)
	println(i64.Add(10), i64.Load(), i64.Swap(3), i64.CompareAndSwap(3, 4), i64.CompareAndSwap(3, 5), i64.And(6), i64.Or(1), i64.Load())
	var u32 atomic.Uint32
	u32.Store(4)
	println(u32.Add(^uint32(4)), u32.Load(), u32.Swap(3), u32.CompareAndSwap(3, 4), u32.CompareAndSwap(3, 5), u32.And(6), u32.Or(1), u32.Load())
	var u64 atomic.Uint64
	u64.Store(1 << 63)
	println(u64.Add(1<<63), u64.Load(), u64.Swap(3), u64.CompareAndSwap(3, 4), u64.CompareAndSwap(3, 5), u64.And(6), u64.Or(1), u64.Load())
	var up atomic.Uintptr
	up.Store(9)
	println(up.Add(1), up.Load(), up.Swap(3), up.CompareAndSwap(3, 4), up.CompareAndSwap(3, 5), up.And(6), up.Or(1), up.Load())

	var p atomic.Pointer[T]
	t, u := &T{7}, &T{8}
	println(p.Load() == nil, p.CompareAndSwap(nil, t), p.Load().x, p.Swap(u).x, p.CompareAndSwap(t, nil), p.Load().x)
	p.Store(nil)
	println(p.Load() == nil)
}

// counters: four goroutines add to shared counters; the totals are exact
// only if the additions are atomic.
func counters() {
	done := make(chan bool)
	var n atomic.Uint32
	var m int64
	var flags uint32
	for g := 0; g < 4; g++ {
		go func() {
			for k := 0; k < 10000; k++ {
				n.Add(1)
				atomic.AddInt64(&m, 2)
			}
			atomic.OrUint32(&flags, 1<<g)
			done <- true
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	println(n.Load(), atomic.LoadInt64(&m), flags)

	// A spin lock built on CompareAndSwap guards a plain counter.
	var lock int32
	plain := 0
	for g := 0; g < 3; g++ {
		go func() {
			for k := 0; k < 1000; k++ {
				for !atomic.CompareAndSwapInt32(&lock, 0, 1) {
				}
				plain++
				atomic.StoreInt32(&lock, 0)
			}
			done <- true
		}()
	}
	for g := 0; g < 3; g++ {
		<-done
	}
	println(plain)
}

func main() {
	functions()
	types()
	counters()
}
