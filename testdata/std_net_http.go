// net/http: a server and a client in one program on 127.0.0.1.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"sort"
	"strings"
)

type item struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

func show(resp *http.Response, err error) {
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("%d %q ct=%q len=%d\n", resp.StatusCode, strings.TrimSpace(string(body)),
		resp.Header.Get("Content-Type"), resp.ContentLength)
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /hello/{name}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Greeting", "yes")
		fmt.Fprintf(w, "hello, %s (q=%s)\n", r.PathValue("name"), r.URL.Query().Get("q"))
	})
	mux.HandleFunc("GET /files/{path...}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "file %s\n", r.PathValue("path"))
	})
	mux.HandleFunc("POST /items", func(w http.ResponseWriter, r *http.Request) {
		var it item
		if err := json.NewDecoder(r.Body).Decode(&it); err != nil {
			http.Error(w, "bad json: "+err.Error(), http.StatusBadRequest)
			return
		}
		it.Count *= 2
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(it)
	})
	mux.HandleFunc("/headers", func(w http.ResponseWriter, r *http.Request) {
		var keys []string
		for k := range r.Header {
			if strings.HasPrefix(k, "X-") {
				keys = append(keys, k+"="+r.Header.Get(k))
			}
		}
		sort.Strings(keys)
		fmt.Fprintln(w, r.Method, strings.Join(keys, ","), r.Header.Get("User-Agent") != "")
	})
	mux.Handle("/old", http.RedirectHandler("/hello/redirected", http.StatusMovedPermanently))
	mux.Handle("/static/", http.StripPrefix("/static", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "stripped:", r.URL.Path)
	})))
	mux.HandleFunc("/teapot", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusTeapot)
		io.WriteString(w, http.StatusText(http.StatusTeapot))
	})

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	base := "http://" + ln.Addr().String()

	resp, err := http.Get(base + "/hello/gopher?q=1")
	fmt.Println("X-Greeting:", resp.Header.Get("X-Greeting"))
	show(resp, err)
	show(http.Get(base + "/files/a/b/c.txt"))
	show(http.Post(base+"/items", "application/json", strings.NewReader(`{"name":"x","count":21}`)))
	show(http.Post(base+"/items", "application/json", strings.NewReader(`{bad`)))
	resp, err = http.Get(base + "/old")
	fmt.Println("final path:", resp.Request.URL.Path)
	show(resp, err)
	resp, err = http.Post(base+"/hello/x", "text/plain", nil)
	fmt.Println("Allow:", resp.Header.Get("Allow"))
	show(resp, err)
	show(http.Get(base + "/nothing"))
	show(http.Get(base + "/static/a/b"))
	show(http.Get(base + "/teapot"))

	req, _ := http.NewRequest("PUT", base+"/headers", strings.NewReader("body"))
	req.Header.Set("X-One", "1")
	req.Header.Add("X-Two", "2")
	show(http.DefaultClient.Do(req))

	client := &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error {
		return http.ErrUseLastResponse
	}}
	resp, err = client.Get(base + "/old")
	fmt.Println("Location:", resp.Header.Get("Location"))
	show(resp, err)

	srv.Close()
	_, err = http.Get(base + "/hello/again")
	fmt.Println("after close, error:", err != nil)
}
