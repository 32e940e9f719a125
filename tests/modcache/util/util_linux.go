package util

func OS() string { return "linux" }
