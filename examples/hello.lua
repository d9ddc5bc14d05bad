print("Hello from Lunacy, " .. _VERSION)
