package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case Running:
		return "Running"
	case Paused:
		return "Paused"
	case Stopped:
		return "Stopped"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

var transitions = map[State]map[Event]State{
	Idle:    {"start": Running},
	Running: {"pause": Paused, "stop": Stopped},
	Paused:  {"resume": Running, "stop": Stopped},
}

var ErrBadTransition = errors.New("bad transition")

type Machine struct {
	state   State
	history []State
	hooks   map[State][]func(from, to State)
	elapsed time.Duration
}

func (m *Machine) On(s State, f func(from, to State)) {
	if m.hooks == nil {
		m.hooks = map[State][]func(State, State){}
	}
	m.hooks[s] = append(m.hooks[s], f)
}

func (m *Machine) Fire(e Event, d time.Duration) error {
	next, ok := transitions[m.state][e]
	if !ok {
		return fmt.Errorf("%v --%s--> ?: %w", m.state, e, ErrBadTransition)
	}
	if m.state == Running {
		m.elapsed += d
	}
	from := m.state
	m.history = append(m.history, from)
	m.state = next
	for _, h := range m.hooks[next] {
		h(from, next)
	}
	return nil
}

type Elevator struct {
	Floor     int
	Dir       int
	Requests  map[int]bool
	Log       []string
	MaxFloor  int
	TravelLog [][2]int
}

func (e *Elevator) Request(f int) {
	if f < 0 || f > e.MaxFloor {
		e.Log = append(e.Log, fmt.Sprintf("ignored %d", f))
		return
	}
	e.Requests[f] = true
}

func (e *Elevator) pending() []int {
	var fs []int
	for f, on := range e.Requests {
		if on {
			fs = append(fs, f)
		}
	}
	sort.Ints(fs)
	return fs
}

func (e *Elevator) Step() bool {
	fs := e.pending()
	if len(fs) == 0 {
		e.Dir = 0
		return false
	}
	if e.Dir == 0 {
		if fs[0] > e.Floor || fs[len(fs)-1] > e.Floor {
			e.Dir = 1
		} else {
			e.Dir = -1
		}
	}
	ahead := false
	for _, f := range fs {
		if (e.Dir > 0 && f > e.Floor) || (e.Dir < 0 && f < e.Floor) {
			ahead = true
		}
	}
	if !ahead && !e.Requests[e.Floor] {
		e.Dir = -e.Dir
	}
	if e.Requests[e.Floor] {
		delete(e.Requests, e.Floor)
		e.Log = append(e.Log, fmt.Sprintf("stop@%d", e.Floor))
		return true
	}
	from := e.Floor
	e.Floor += e.Dir
	e.TravelLog = append(e.TravelLog, [2]int{from, e.Floor})
	return true
}

type Account struct {
	Balance float64
	Rate    float64
}

func compound(a Account, years int) []float64 {
	out := make([]float64, 0, years)
	for y := 0; y < years; y++ {
		a.Balance *= 1 + a.Rate
		out = append(out, a.Balance)
	}
	return out
}

func main() {
	var m Machine
	var log []string
	m.On(Running, func(from, to State) { log = append(log, fmt.Sprintf("%v->%v", from, to)) })
	m.On(Stopped, func(from, to State) { log = append(log, "stopped after "+m.elapsed.String()) })
	events := []struct {
		e Event
		d time.Duration
	}{{"start", 0}, {"pause", 1500 * time.Millisecond}, {"pause", 0}, {"resume", 10 * time.Second}, {"stop", 2*time.Minute + 3*time.Second}, {"start", 0}}
	for _, ev := range events {
		if err := m.Fire(ev.e, ev.d); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrBadTransition))
		}
	}
	fmt.Println(m.state, m.history, log, m.elapsed, State(9))
	fmt.Printf("%v %d %s %q\n", m.state, m.state, m.state, m.state)
	e := &Elevator{Requests: map[int]bool{}, MaxFloor: 9}
	for _, f := range []int{5, 2, 8, 12, -1} {
		e.Request(f)
	}
	steps := 0
	for e.Step() {
		steps++
		if steps == 4 {
			e.Request(1)
		}
		if steps > 100 {
			break
		}
	}
	fmt.Println(steps, e.Floor, e.Log, len(e.TravelLog), e.TravelLog[:3])
	for y, b := range compound(Account{1000, 0.05}, 5) {
		fmt.Printf("year %d: %10.2f %s\n", y+1, b, strings.Repeat("#", int(b/100)))
	}
	durs := []time.Duration{time.Nanosecond, 999 * time.Nanosecond, time.Microsecond + 500, 1234567 * time.Nanosecond, 59 * time.Second, 61 * time.Minute, 25 * time.Hour, -time.Second, 1<<63 - 1}
	for _, d := range durs {
		fmt.Printf("%v|%s|%d|%.3f|%v\n", d, d, d, d.Hours(), d.Round(time.Second))
	}
	sort.Slice(durs, func(i, j int) bool { return durs[i] < durs[j] })
	fmt.Println(durs[0], durs[len(durs)-1])
	t0 := time.Date(2024, 2, 28, 22, 0, 0, 0, time.UTC)
	for i := 0; i < 3; i++ {
		t := t0.Add(time.Duration(i) * 26 * time.Hour)
		fmt.Println(t.Format("2006-01-02 Mon 15:04"), t.YearDay(), t.Month(), t.Day())
	}
	loc := time.FixedZone("EST", -5*3600)
	fmt.Println(t0.In(loc), t0.In(loc).Format(time.RFC1123Z))
	d1 := time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC)
	fmt.Println(d1.Sub(t0).Hours()/24, t0.After(d1), t0.Equal(t0.In(loc)))
	p, err := time.Parse("Jan 2 2006 3:04PM", "Mar 7 2023 9:15AM")
	fmt.Println(p, err)
	_, err = time.Parse(time.RFC3339, "2023-13-01T00:00:00Z")
	fmt.Println(err)
}
