package fmtx

func Wrap(s string) string { return "[" + s + "]" }
