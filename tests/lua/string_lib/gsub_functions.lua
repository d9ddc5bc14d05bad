-- string.gsub with function and table replacements; false/nil keep the original.
print(("hello world"):gsub("%w+", string.upper))
print(("a b c"):gsub("%w", function(c) if c == "b" then return nil end return c:upper() end))
print(("x=1 y=2"):gsub("(%w)=(%d)", function(k, v) return v .. "=" .. k end))
local vars = {name = "Lua", version = "5.1"}
print(("$name $version $missing"):gsub("%$(%w+)", vars))
print(("abc"):gsub("%w", function() return false end))
print(("abc"):gsub("()", function(p) return p end))
print(pcall(string.gsub, "abc", "%w", function() return {} end))
print(pcall(string.gsub, "abc", "%w", {a = {}}))
print(("1 2 3"):gsub("%d", function(d) return d * 2 end))
print(pcall(string.gsub, "abc", "b", true))
