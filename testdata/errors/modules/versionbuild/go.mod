module example.com/versionbuild

go 1.22
