-- while and repeat loops; repeat's condition sees locals declared in its body.
local i = 0
while i < 5 do i = i + 1 end
print(i)
local j = 10
while j > 0 do j = j - 3 end
print(j)
local k = 0
repeat
  local done = k >= 3
  k = k + 1
until done
print(k)
local n = 0
repeat n = n + 1 until true
print(n)
local m = 0
while false do m = 1 end
print(m)
local x = 5
repeat local x = x - 1; print("body x", x) until x < 10
