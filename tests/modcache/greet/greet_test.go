package greet

this file is not Go: _test files are never built
