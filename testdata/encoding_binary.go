// encoding/binary over reflect: byte orders, varints, and Read/Write/Size/
// Append of structs, arrays and slices (reflect walks the fields).
package main

import (
	"bytes"
	"encoding/binary"
)

type Hdr struct {
	Magic uint32
	Ver   uint16
	Flags [2]uint8
	Len   int64
	F     float32
	_     [3]byte
	B     bool
}

func printBytes(b []byte) {
	for _, c := range b {
		print(c, " ")
	}
	println()
}

func main() {
	buf := make([]byte, 8)
	binary.LittleEndian.PutUint32(buf, 0xdeadbeef)
	binary.BigEndian.PutUint16(buf[4:], 0x1234)
	printBytes(buf)
	println(binary.LittleEndian.Uint32(buf), binary.BigEndian.Uint16(buf[4:]), binary.NativeEndian.Uint16(buf[4:]))
	println(binary.LittleEndian.String(), binary.BigEndian.GoString())
	vb := binary.AppendUvarint(nil, 300)
	v, n := binary.Uvarint(vb)
	printBytes(vb)
	println(v, n)
	sv := binary.AppendVarint(nil, -1000)
	s, n := binary.Varint(sv)
	println(s, n, binary.PutUvarint(make([]byte, 10), 1<<63))
	_, n = binary.Uvarint([]byte{0xff, 0xff})
	println("short", n)

	var w bytes.Buffer
	hd := Hdr{Magic: 0xCAFEBABE, Ver: 3, Flags: [2]uint8{1, 2}, Len: -5, F: 1.5, B: true}
	err := binary.Write(&w, binary.BigEndian, hd)
	println(err == nil, w.Len(), binary.Size(hd))
	printBytes(w.Bytes())
	var back Hdr
	err = binary.Read(bytes.NewReader(w.Bytes()), binary.BigEndian, &back)
	println(err == nil, back == hd, back.Magic, back.Len, back.F, back.B)
	out, err := binary.Append(nil, binary.LittleEndian, []uint16{1, 2, 3})
	printBytes(out)
	println(err == nil)
	arr := [3]int32{-1, 2, -3}
	w.Reset()
	binary.Write(&w, binary.LittleEndian, &arr)
	printBytes(w.Bytes())
	var arr2 [3]int32
	binary.Read(&w, binary.LittleEndian, &arr2)
	println(arr2[0], arr2[1], arr2[2])
	nb, err := binary.Encode(make([]byte, 4), binary.BigEndian, uint32(7))
	println(nb, err == nil)
	var u uint32
	nb, err = binary.Decode([]byte{0, 0, 1, 0}, binary.BigEndian, &u)
	println(nb, err == nil, u)
	err = binary.Write(&w, binary.LittleEndian, "strings are not fixed size")
	println(err.Error())
	println(binary.Size(map[int]int{}), binary.Size([]float64{1, 2}))
	err = binary.Read(bytes.NewReader([]byte{1}), binary.LittleEndian, &u)
	println(err.Error())
}
