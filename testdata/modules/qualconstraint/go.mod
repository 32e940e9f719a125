module qualconstraint

go 1.24
