-- prints its arguments
print("hello", ...)
