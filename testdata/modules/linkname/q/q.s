// Double is pushed by package p.
