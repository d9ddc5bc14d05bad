-- io.read("*n") parses numbers like the C scanf "%lf" (hex, exponents); failures give nil.
print(io.read("*n", "*n", "*n"))
print(io.read("*n"))
print(io.read("*l"))
print(io.read("*n"))
print(io.read("*l"))
