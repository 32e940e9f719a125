package main

import (
	"encoding/xml"
	"fmt"
	"image"
	"image/color"
	"io"
	"os/exec"
	"strings"
)

type Plant struct {
	XMLName xml.Name `xml:"plant"`
	Id      int      `xml:"id,attr"`
	Name    string   `xml:"name"`
	Origin  []string `xml:"origin"`
	Note    string   `xml:",comment"`
}

func (p Plant) String() string {
	return fmt.Sprintf("Plant id=%v, name=%v, origin=%v", p.Id, p.Name, p.Origin)
}

type Nesting struct {
	XMLName xml.Name `xml:"nesting"`
	Plants  []*Plant `xml:"parent>child>plant"`
}

func mandel(w, h int) *image.Paletted {
	pal := color.Palette{}
	for i := 0; i < 16; i++ {
		pal = append(pal, color.RGBA{uint8(i * 16), uint8(255 - i*16), uint8(i * 8), 255})
	}
	img := image.NewPaletted(image.Rect(0, 0, w, h), pal)
	for py := 0; py < h; py++ {
		for px := 0; px < w; px++ {
			c := complex(float64(px)/float64(w)*3-2, float64(py)/float64(h)*2-1)
			z := complex(0, 0)
			n := 0
			for ; n < 15; n++ {
				z = z*z + c
				if real(z)*real(z)+imag(z)*imag(z) > 4 {
					break
				}
			}
			img.SetColorIndex(px, py, uint8(n))
		}
	}
	return img
}

func main() {
	coffee := &Plant{Id: 27, Name: "Coffee", Origin: []string{"Ethiopia", "Brazil"}, Note: " a note "}
	out, _ := xml.MarshalIndent(coffee, " ", "  ")
	fmt.Println(xml.Header + string(out))
	var p Plant
	if err := xml.Unmarshal(out, &p); err != nil {
		panic(err)
	}
	fmt.Println(p)
	tomato := &Plant{Id: 81, Name: "Tomato", Origin: []string{"Mexico", "California"}}
	nesting := &Nesting{Plants: []*Plant{coffee, tomato}}
	out, _ = xml.MarshalIndent(nesting, "", "  ")
	fmt.Println(string(out))
	err := xml.Unmarshal([]byte("<plant><name>x</name"), &p)
	fmt.Println(err)
	dec := xml.NewDecoder(strings.NewReader(`<a x="1"><b>text</b><c/></a>`))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			fmt.Print("<", t.Name.Local, len(t.Attr), ">")
		case xml.EndElement:
			fmt.Print("</", t.Name.Local, ">")
		case xml.CharData:
			fmt.Printf("%q", string(t))
		}
	}
	fmt.Println()

	img := mandel(60, 30)
	rows := []string{}
	for y := 0; y < 30; y += 3 {
		var sb strings.Builder
		for x := 0; x < 60; x++ {
			sb.WriteByte(" .:-=+*#%@@@@@@@"[img.ColorIndexAt(x, y)])
		}
		rows = append(rows, sb.String())
	}
	fmt.Println(strings.Join(rows, "\n"))
	rgba := image.NewRGBA(image.Rect(0, 0, 4, 4))
	rgba.Set(1, 1, color.RGBA{255, 0, 0, 255})
	r, g, b, a := rgba.At(1, 1).RGBA()
	fmt.Println(r, g, b, a, color.GrayModel.Convert(color.RGBA{100, 150, 200, 255}))

	o, err := exec.Command("sh", "-c", "echo $((6*7))").Output()
	fmt.Printf("%q %v\n", o, err)
	cmd := exec.Command("false")
	err = cmd.Run()
	fmt.Println(err, cmd.ProcessState.ExitCode())
}
