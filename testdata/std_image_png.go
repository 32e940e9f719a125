// image/png: encode an image, decode it again, print pixels and bytes.
package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
)

func main() {
	img := image.NewRGBA(image.Rect(0, 0, 8, 6))
	for y := 0; y < 6; y++ {
		for x := 0; x < 8; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 30), uint8(y * 40), uint8((x + y) * 10), 255})
		}
	}
	draw.Draw(img, image.Rect(2, 2, 4, 4), &image.Uniform{color.RGBA{255, 0, 0, 128}}, image.Point{}, draw.Over)
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		panic(err)
	}
	fmt.Printf("png: %d bytes, sha256 %x\n", buf.Len(), sha256.Sum256(buf.Bytes()))
	fmt.Printf("header: %q\n", buf.Bytes()[:8])
	cfg, format, err := image.DecodeConfig(bytes.NewReader(buf.Bytes()))
	fmt.Println("config:", cfg.Width, cfg.Height, format, err)
	back, err := png.Decode(&buf)
	if err != nil {
		panic(err)
	}
	fmt.Println("bounds:", back.Bounds(), fmt.Sprintf("%T", back))
	for _, p := range []image.Point{{0, 0}, {3, 3}, {7, 5}, {2, 2}} {
		fmt.Println(p, back.At(p.X, p.Y))
	}

	gray := image.NewGray(image.Rect(0, 0, 4, 4))
	for i := range gray.Pix {
		gray.Pix[i] = uint8(i * 16)
	}
	pal := image.NewPaletted(image.Rect(0, 0, 3, 1), color.Palette{color.Black, color.White})
	pal.SetColorIndex(1, 0, 1)
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	for _, m := range []image.Image{gray, pal} {
		var b bytes.Buffer
		enc.Encode(&b, m)
		d, err := png.Decode(&b)
		fmt.Printf("%T -> %T %v %v\n", m, d, err, d.At(1, 0))
	}
	_, err = png.Decode(bytes.NewReader([]byte("not a png")))
	fmt.Println("bad:", err)
}
