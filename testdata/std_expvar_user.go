// expvar's published variables and os/user's lookups (pure Go: /etc/passwd).
package main

import (
	"expvar"
	"fmt"
	"os/user"
	"strconv"
)

func main() {
	hits := expvar.NewInt("hits")
	hits.Add(3)
	hits.Add(4)
	ratio := expvar.NewFloat("ratio")
	ratio.Set(0.25)
	name := expvar.NewString("name")
	name.Set("golift")
	m := expvar.NewMap("counts")
	m.Add("b", 2)
	m.Add("a", 1)
	m.AddFloat("c", 1.5)
	fmt.Println(hits.Value(), hits.String(), ratio.String(), name.String())
	fmt.Println(m.String())
	fmt.Println(expvar.Get("hits") == hits, expvar.Get("missing") == nil)
	expvar.Do(func(kv expvar.KeyValue) {
		if kv.Key == "hits" || kv.Key == "counts" {
			fmt.Println("var", kv.Key)
		}
	})

	u, err := user.LookupId("0")
	fmt.Println(err == nil && u.Username == "root", u != nil && u.HomeDir != "")
	g, err := user.LookupGroupId("0")
	fmt.Println(err == nil && g.Name == "root")
	_, err = user.Lookup("no-such-user-golift")
	fmt.Println(err)
	_, err = user.LookupId(strconv.Itoa(1 << 30))
	fmt.Println(err)
}
