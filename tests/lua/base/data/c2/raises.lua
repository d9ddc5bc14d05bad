error("raised in file")
