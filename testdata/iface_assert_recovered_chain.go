package main

type I interface{ M() }
type T struct{}

func (*T) M() {}

func main() {
	var i I = (*T)(nil)
	var j interface{} = i
	defer func() {
		r := recover()
		println(r.(error).Error())
		_ = j.(T)
	}()
	_ = j.(I).(interface{ N() })
}
