-- string.gfind is a 5.1 compatibility alias of gmatch.
for w in string.gfind("a b c", "%a") do io.write(w, ";") end
print()
print(string.gfind == string.gmatch)
