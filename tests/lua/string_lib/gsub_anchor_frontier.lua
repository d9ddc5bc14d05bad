-- gsub and gmatch with anchors, frontier patterns, empty matches, position captures and
-- replacement tables/functions that return false or nil (keep the match).
print(("hello world"):gsub("^h", "H"))
print(("aaa"):gsub("^a", "b"))
print(("abc"):gsub("", "-"))
print(("abc"):gsub(".-", "."))
print(("THE (quick) fox"):gsub("%f[%a]%a+", function(w) return w:lower() end))
print(("hello"):gsub("l", {l = false}))
print(("hello"):gsub("(h)(e)", {h = "H"}))
print(("x = 1, y = 2"):gsub("(%w+) = (%w+)", "%2 = %1"))
print(("abc"):gsub("%w", "%0%0", 2))
print(pcall(string.gsub, "abc", "(", "x"))
print(pcall(string.gsub, "abc", "%w", "%2"))
for k, v in ("a=1, b=2, c=3"):gmatch("(%w+)=(%w+)") do io.write(k, v, ";") end
print()
for p in ("abc"):gmatch("()") do io.write(p, " ") end
print()
print(("  trim me  "):match("^%s*(.-)%s*$") .. "|")
print(("key: value"):match("^(%w+):%s*(.*)$"))
print(("[[nested]]"):find("%[%[(.-)%]%]"))
print(("f(a(b)c)d"):match("%b()"), ("no"):match("%b()"))
