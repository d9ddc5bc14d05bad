-- gsub with anchored and empty-matching patterns, as PUC iterates them.
print(("abc"):gsub("x*", "-"))
print(("abc"):gsub("^", ">"))
print(("abc"):gsub("$", "<"))
print(("a b"):gsub("%s*", "_"))
print(("aaa"):gsub("a*", "X"))
print((""):gsub("", "E"))
print((""):gsub(".", "E"))
