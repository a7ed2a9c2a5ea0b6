module cozecore.bench/loadserver

go 1.22
