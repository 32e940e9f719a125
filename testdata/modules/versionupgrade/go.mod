module example.com/versionupgrade

go 1.20
