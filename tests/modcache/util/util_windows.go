package util

func OS() string { return "windows" }
