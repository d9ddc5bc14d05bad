-- Non-tail recursion 15000 levels deep works (LUAI_MAXCALLS is 20000 in lua5.1).
local function sum(n) if n == 0 then return 0 end return n + sum(n - 1) end
print(sum(15000))
local function build(n) if n == 0 then return {} end return {next = build(n - 1)} end
local l = build(15000)
local c = 0
while l.next do c = c + 1; l = l.next end
print(c)
