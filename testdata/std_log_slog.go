package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"
)

func main() {
	opts := &slog.HandlerOptions{
		Level: slog.LevelDebug,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	}
	l := slog.New(slog.NewTextHandler(os.Stdout, opts))
	l.Info("hello", "n", 1, "s", "a b", "d", 2*time.Second, "err", errors.New("boom"))
	l.Debug("dbg", slog.Int("x", 3), slog.Group("g", slog.String("k", "v"), slog.Bool("b", true)))
	l.With("req", 7).WithGroup("sub").Warn("warned", "f", 1.5)
	l.Error("bad", "quoted", "x=\"y\"", "empty", "")
	j := slog.New(slog.NewJSONHandler(os.Stdout, opts))
	j.Info("json", "n", 1, "m", map[string]int{"a": 1}, "l", []int{1, 2})
	j.WithGroup("g").With("a", 1).Info("grouped", slog.Any("any", struct{ X int }{5}))
	j.Log(context.Background(), slog.LevelWarn+1, "custom level")
	var buf bytes.Buffer
	h := slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelWarn})
	lw := slog.New(h)
	lw.Info("dropped")
	lw.Warn("kept", "k", 1)
	fmt.Println(strings.Contains(buf.String(), "level=WARN msg=kept k=1"), strings.Contains(buf.String(), "dropped"))
	fmt.Println(lw.Enabled(context.Background(), slog.LevelInfo), slog.LevelError, slog.Level(2))
	var lv slog.LevelVar
	lv.Set(slog.LevelError)
	fmt.Println(lv.Level(), slog.IntValue(3).Kind(), slog.AnyValue(2.5).Kind())
	fmt.Println(slog.GroupValue(slog.Int("a", 1)).String())
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stdout, opts)))
	slog.Info("default", "k", "v")
}
