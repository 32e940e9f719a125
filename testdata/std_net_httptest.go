// net/http/httptest: a test server on 127.0.0.1 and a recorder.
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

func hello(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("fail") != "" {
		http.Error(w, "failed on purpose", http.StatusInternalServerError)
		return
	}
	w.Header().Set("X-Method", r.Method)
	body, _ := io.ReadAll(r.Body)
	fmt.Fprintf(w, "hello %s %q", r.URL.Path, body)
}

func main() {
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("POST", "/rec?x=1", strings.NewReader("payload"))
	hello(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	fmt.Println(rec.Code, res.Header.Get("X-Method"), res.Header.Get("Content-Type"), string(b))

	rec = httptest.NewRecorder()
	hello(rec, httptest.NewRequest("GET", "/rec?fail=1", nil))
	fmt.Printf("%d %q\n", rec.Code, rec.Body.String())

	srv := httptest.NewServer(http.HandlerFunc(hello))
	defer srv.Close()
	fmt.Println("url ok:", strings.HasPrefix(srv.URL, "http://127.0.0.1:"))
	resp, err := srv.Client().Post(srv.URL+"/srv", "text/plain", strings.NewReader("over tcp"))
	if err != nil {
		panic(err)
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.StatusCode, resp.Header.Get("X-Method"), string(b))

	tsrv := httptest.NewTLSServer(http.HandlerFunc(hello))
	defer tsrv.Close()
	resp, err = tsrv.Client().Get(tsrv.URL + "/tls")
	if err != nil {
		panic(err)
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.StatusCode, resp.TLS != nil, string(b))
}
