-- while with compound conditions, conditions with side effects, and nil/false termination.
local i, j = 0, 10
while i < 5 and j > 7 do i = i + 1; j = j - 1 end
print(i, j)
local calls = 0
local function cond() calls = calls + 1; return calls < 4 end
while cond() do end
print(calls)
local list = {next = {next = {next = nil, v = 3}, v = 2}, v = 1}
local node, sum = list, 0
while node do sum = sum + node.v; node = node.next end
print(sum)
local t = {1, 2, 3}
while #t > 0 do io.write(table.remove(t), " ") end
print()
