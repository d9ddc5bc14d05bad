-- Multiple results: expanded only as the last expression; truncated elsewhere and by ().
local function three() return 1, 2, 3 end
local function none() end
print(three())
print(three(), 10)
print(10, three())
print((three()))
print(three(), three())
local t = {three(), three()}
print(#t)
t = {three(), (three())}
print(#t)
t = {none(), none()}
print(#t)
local a, b, c, d = three()
print(a, b, c, d)
a, b, c, d = three(), 10
print(a, b, c, d)
a, b = none()
print(a, b)
print(none())
print(select("#", none()), select("#", (none())))
print(#{none()}, #{(none())}, #{nil})
local s = "x" .. (three())
print(s)
print(three() + three())
print(math.max(three()), math.max(three(), 0))
