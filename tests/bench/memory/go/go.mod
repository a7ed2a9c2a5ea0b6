module github.com/cozecore/cozecore/tests/bench/memory/go

go 1.24

require github.com/cozecore/cozecore/bindings/go v0.0.0

replace github.com/cozecore/cozecore/bindings/go => ../../../../bindings/go
