module github.com/cozecore/cozecore/bindings/go

go 1.24
