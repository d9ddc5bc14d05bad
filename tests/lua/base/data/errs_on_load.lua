error("failing module body")
