package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

type Address struct {
	Street string `json:"street" validate:"required"`
	City   string `json:"city"`
	Zip    int    `json:"zip,omitempty" validate:"min=10000"`
}

type User struct {
	Name    string            `json:"name" validate:"required"`
	Age     int               `json:"age" validate:"min=18"`
	Email   string            `json:"email,omitempty"`
	Tags    []string          `json:"tags"`
	Meta    map[string]string `json:"meta"`
	Addr    *Address          `json:"addr"`
	private int
	Score   float64 `json:"score"`
	Active  bool    `json:"active"`
}

func (u User) Greeting() string { return "hi " + u.Name }
func (u *User) Birthday()       { u.Age++ }

type ValidationError struct {
	Field string
	Rule  string
}

func (v ValidationError) Error() string { return v.Field + " failed " + v.Rule }

func validate(v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		rv = rv.Elem()
	}
	rt := rv.Type()
	var errs []error
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		if !f.IsExported() {
			continue
		}
		tag, ok := f.Tag.Lookup("validate")
		fv := rv.Field(i)
		if fv.Kind() == reflect.Pointer && !fv.IsNil() {
			if err := validate(fv.Interface()); err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", f.Name, err))
			}
		}
		if !ok {
			continue
		}
		for _, rule := range strings.Split(tag, ",") {
			switch {
			case rule == "required":
				if fv.IsZero() {
					errs = append(errs, ValidationError{f.Name, rule})
				}
			case strings.HasPrefix(rule, "min="):
				n, _ := strconv.Atoi(rule[4:])
				if fv.Int() < int64(n) {
					errs = append(errs, ValidationError{f.Name, rule})
				}
			}
		}
	}
	return errors.Join(errs...)
}

func encode(v reflect.Value, sb *strings.Builder) {
	switch v.Kind() {
	case reflect.String:
		sb.WriteString(strconv.Quote(v.String()))
	case reflect.Int, reflect.Int64, reflect.Int32:
		sb.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Float64:
		sb.WriteString(strconv.FormatFloat(v.Float(), 'g', -1, 64))
	case reflect.Bool:
		sb.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Slice:
		if v.IsNil() {
			sb.WriteString("null")
			return
		}
		sb.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				sb.WriteByte(',')
			}
			encode(v.Index(i), sb)
		}
		sb.WriteByte(']')
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		sb.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				sb.WriteByte(',')
			}
			encode(k, sb)
			sb.WriteByte(':')
			encode(v.MapIndex(k), sb)
		}
		sb.WriteByte('}')
	case reflect.Pointer:
		if v.IsNil() {
			sb.WriteString("null")
			return
		}
		encode(v.Elem(), sb)
	case reflect.Struct:
		sb.WriteByte('{')
		first := true
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" {
				name = f.Name
			}
			if opts == "omitempty" && v.Field(i).IsZero() {
				continue
			}
			if !first {
				sb.WriteByte(',')
			}
			first = false
			sb.WriteString(strconv.Quote(name) + ":")
			encode(v.Field(i), sb)
		}
		sb.WriteByte('}')
	default:
		sb.WriteString("?" + v.Kind().String())
	}
}

func main() {
	u := User{Name: "Ann", Age: 17, Tags: []string{"a", "b"}, Meta: map[string]string{"z": "1", "a": "2"}, Addr: &Address{Street: "", City: "Oslo", Zip: 123}, Score: 9.5}
	err := validate(&u)
	fmt.Println(err)
	var ve ValidationError
	fmt.Println(errors.As(err, &ve), ve)
	var sb strings.Builder
	encode(reflect.ValueOf(u), &sb)
	fmt.Println(sb.String())
	t := reflect.TypeOf(u)
	fmt.Println(t, t.Kind(), t.NumField(), t.NumMethod(), reflect.PointerTo(t).NumMethod())
	for i := 0; i < reflect.PointerTo(t).NumMethod(); i++ {
		m := reflect.PointerTo(t).Method(i)
		fmt.Println(m.Name, m.Type)
	}
	pv := reflect.ValueOf(&u)
	pv.MethodByName("Birthday").Call(nil)
	out := pv.MethodByName("Greeting").Call(nil)
	fmt.Println(u.Age, out[0])
	pv.Elem().FieldByName("Name").SetString("Bob")
	pv.Elem().Field(1).SetInt(40)
	fmt.Println(u.Name, u.Age, pv.Elem().FieldByName("private").CanSet())
	f, _ := t.FieldByName("Addr")
	fmt.Println(f.Type, f.Type.Elem().Name(), f.Tag.Get("json"), f.Index, f.Offset > 0)
	fmt.Println(reflect.DeepEqual(u, u), reflect.DeepEqual([]int{1}, []int{1}), reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {2}}))
	vals := []any{1, "s", 2.5, []byte("x"), map[int]int{}, (*int)(nil), struct{}{}, errors.New("e"), User.Greeting}
	for _, v := range vals {
		rv := reflect.ValueOf(v)
		fmt.Printf("%v/%v ", rv.Kind(), rv.Type())
	}
	fmt.Println()
	s := reflect.MakeSlice(reflect.TypeOf([]int{}), 0, 4)
	s = reflect.Append(s, reflect.ValueOf(3), reflect.ValueOf(4))
	fmt.Println(s.Interface(), s.Len(), s.Cap())
	mm := reflect.MakeMap(reflect.TypeOf(map[string]int{}))
	mm.SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf(7))
	fmt.Println(mm.Interface())
	fn := reflect.ValueOf(strings.Repeat)
	res := fn.Call([]reflect.Value{reflect.ValueOf("ab"), reflect.ValueOf(3)})
	fmt.Println(res[0].String(), fn.Type())
	var e error = ValidationError{"x", "y"}
	et := reflect.TypeOf((*error)(nil)).Elem()
	fmt.Println(reflect.TypeOf(e).Implements(et), reflect.TypeOf(u).Implements(et), et.Kind())
	fmt.Println(reflect.Zero(t).Interface().(User).Name == "", reflect.New(t).Elem().NumField())
	fmt.Println(reflect.ValueOf(u).FieldByIndex([]int{5}).Elem().Field(1))
}
