-- string.gmatch: whole matches, captures, position captures, empty matches,
-- anchors (a literal '^' in 5.1 gmatch), iterator reuse and argument errors.
local function collect(s, p)
  local out = {}
  for a, b in string.gmatch(s, p) do
    out[#out + 1] = tostring(a) .. (b ~= nil and ("/" .. tostring(b)) or "")
  end
  return #out .. ": " .. table.concat(out, " ")
end
print(collect("one two  three", "%a+"))
print(collect("k1=v1, k2=v2", "(%w+)=(%w+)"))
print(collect("abc", "()"))
print(collect("abc", ""))
print(collect("abc", "x*"))
print(collect("aaa", "a-"))
print(collect("aaa", "a?"))
print(collect("hello", "()l()"))
print(collect("^a^a", "^a"))
print(collect("a,b,,c", "([^,]*)"))
print(collect("", ".*"))
print(collect("x y", "%s*"))
print(collect("12 3.5 -4", "%-?%d+%.?%d*"))
print(collect(1234, "%d%d"))
local it = ("a1b2"):gmatch("%a(%d)")
print(it(), it(), it(), it())
print(pcall(string.gmatch, "x"))
print(pcall(string.gmatch, nil, "x"))
local bad = string.gmatch("abc", "[a")
print(pcall(bad))
local bad2 = string.gmatch("abc", "%")
print(pcall(bad2))
print(type(string.gmatch("", "")))
-- the subject is fixed at creation time
local s = "first"
local it2 = s:gmatch("%a+")
s = "second"
print(it2())
