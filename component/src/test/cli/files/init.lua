print("init file")
