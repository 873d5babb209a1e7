module example.com/support-bot/gateway

go 1.22

require (
	github.com/gin-gonic/gin v1.10.0
	github.com/google/uuid v1.6.0
	github.com/acme/metering v0.8.2
)

require github.com/bytedance/sonic v1.11.6 // indirect
