-- string.rep building separators, string.len vs #, string.lower on mixed input.
print(("-"):rep(20))
print(("ab"):rep(3, ","))
print(string.rep("x", 3), string.rep("", 100) == "")
print(string.len(("abc"):rep(100)), #("abc"):rep(100))
print(string.lower("ÀBC"), string.upper("àbc"))
