-- Long strings with levels: [[...]], [==[...]==], first newline skipped,
-- nested brackets of other levels kept verbatim.
local a = [[hello]]
print(a, #a)
local b = [[
first line skipped]]
print(b, #b)
local c = [==[contains ]] and ]=] inside]==]
print(c, #c)
local d = [=[
]=]
print("[" .. d .. "]", #d)
local e = [[

two newlines, one kept]]
print(e, #e)
local f = [[no \n escapes \65 here]]
print(f, #f)
local g = [===[a]==]b]=]c]]d]===]
print(g)
local h = [[line1
line2
line3]]
print(h)
print(#h)
local i = [[]]
print("empty", #i)
local j = [=[[[nested]]]=]
print(j)
print([[a]] .. [=[b]=] .. [==[c]==])
print(type([[x]]))
local k = [==[
]==]
print(#k)
local l = [[ leading space]]
print("<" .. l .. ">")
