package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Plugin interface {
	Name() string
	Run(args []string) (string, error)
}

type Factory func() Plugin

var (
	regMu    sync.RWMutex
	registry = map[string]Factory{}
	order    []string
)

func Register(name string, f Factory) {
	regMu.Lock()
	defer regMu.Unlock()
	if _, dup := registry[name]; dup {
		panic("duplicate plugin " + name)
	}
	registry[name] = f
	order = append(order, name)
}

type upper struct{}

func (upper) Name() string { return "upper" }
func (upper) Run(args []string) (string, error) {
	return strings.ToUpper(strings.Join(args, " ")), nil
}

type counter struct{ calls int }

func (c *counter) Name() string { return "counter" }
func (c *counter) Run(args []string) (string, error) {
	c.calls++
	if len(args) == 0 {
		return "", ErrNoArgs
	}
	return fmt.Sprintf("%d args (call %d)", len(args), c.calls), nil
}

type failing struct{ msg string }

func (f failing) Name() string { return "fail" }
func (f failing) Run([]string) (string, error) {
	return "", &PluginError{Plugin: f.Name(), Err: errors.New(f.msg)}
}

var ErrNoArgs = errors.New("no arguments")

type PluginError struct {
	Plugin string
	Err    error
}

func (e *PluginError) Error() string { return e.Plugin + ": " + e.Err.Error() }
func (e *PluginError) Unwrap() error { return e.Err }

func init() { Register("upper", func() Plugin { return upper{} }) }
func init() { Register("counter", func() Plugin { return &counter{} }) }
func init() {
	Register("fail", func() Plugin { return failing{"always fails"} })
	initOrder = append(initOrder, "third init")
}

var initOrder = []string{"var init"}

type EventBus struct {
	mu   sync.Mutex
	subs map[string][]func(any)
}

func (b *EventBus) Subscribe(topic string, fn func(any)) func() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.subs == nil {
		b.subs = make(map[string][]func(any))
	}
	b.subs[topic] = append(b.subs[topic], fn)
	idx := len(b.subs[topic]) - 1
	return func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		b.subs[topic][idx] = nil
	}
}

func (b *EventBus) Publish(topic string, v any) int {
	b.mu.Lock()
	subs := append([]func(any){}, b.subs[topic]...)
	b.mu.Unlock()
	n := 0
	for _, s := range subs {
		if s != nil {
			s(v)
			n++
		}
	}
	return n
}

type Middleware func(Handler) Handler
type Handler func(string) string

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func tag(t string) Middleware {
	return func(next Handler) Handler {
		return func(s string) string { return "<" + t + ">" + next(s) + "</" + t + ">" }
	}
}

func main() {
	fmt.Println(initOrder, order)
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	insts := map[string]Plugin{}
	for _, n := range names {
		insts[n] = registry[n]()
	}
	for _, call := range [][]string{{"upper", "hello", "world"}, {"counter"}, {"counter", "a", "b"}, {"fail", "x"}, {"missing"}} {
		p, ok := insts[call[0]]
		if !ok {
			fmt.Printf("%-8s no such plugin\n", call[0])
			continue
		}
		out, err := p.Run(call[1:])
		var pe *PluginError
		switch {
		case errors.Is(err, ErrNoArgs):
			fmt.Printf("%-8s usage error: %v\n", p.Name(), err)
		case errors.As(err, &pe):
			fmt.Printf("%-8s plugin error from %s: %v\n", p.Name(), pe.Plugin, pe.Err)
		case err != nil:
			fmt.Printf("%-8s error %v\n", p.Name(), err)
		default:
			fmt.Printf("%-8s => %s\n", p.Name(), out)
		}
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		Register("upper", nil)
	}()
	var bus EventBus
	var got []string
	unsub := bus.Subscribe("order", func(v any) { got = append(got, fmt.Sprint("A:", v)) })
	bus.Subscribe("order", func(v any) {
		if o, ok := v.(map[string]int); ok {
			got = append(got, fmt.Sprint("B:", o["qty"]))
		}
	})
	fmt.Println(bus.Publish("order", map[string]int{"qty": 3}))
	unsub()
	fmt.Println(bus.Publish("order", 42), bus.Publish("none", 1))
	fmt.Println(got)
	h := Chain(strings.ToUpper, tag("b"), tag("i"))
	fmt.Println(h("hi"))
	var c *counter
	var p Plugin = c
	fmt.Println(p != nil, c == nil)
	fmt.Printf("%T %v\n", p, p == (*counter)(nil))
}
