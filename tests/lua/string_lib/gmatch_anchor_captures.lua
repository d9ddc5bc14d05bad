-- gmatch with position captures only, nested captures, and patterns matching empty strings.
for a, b, c in ("key=val"):gmatch("((%w+)=(%w+))") do print(a, b, c) end
local t = {}
for p in ("aXbXc"):gmatch("()X") do t[#t + 1] = p end
print(table.concat(t, ","))
t = {}
for w in ("a,,b"):gmatch("([^,]*)") do t[#t + 1] = "[" .. w .. "]" end
print(table.concat(t))
