// encoding/hex: encode, decode, errors, Dump and Dumper.
package main

import (
	"encoding/hex"
	"fmt"
	"os"
)

func main() {
	src := []byte("Hello, golift!\x00\xff")
	h := hex.EncodeToString(src)
	fmt.Println(h)
	d, err := hex.DecodeString(h)
	fmt.Printf("%q %v\n", d, err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	fmt.Print(hex.Dump(src))
	dm := hex.Dumper(os.Stdout)
	dm.Write([]byte("0123456789abcdefXYZ"))
	dm.Close()
	fmt.Println(string(hex.AppendEncode([]byte("x="), []byte{1, 2})), hex.EncodedLen(5), hex.DecodedLen(10))
}
