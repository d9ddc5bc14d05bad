-- Coroutines sharing upvalues with the creating function see each other's writes.
local shared = 0
local co = coroutine.wrap(function()
  while true do
    shared = shared + 1
    coroutine.yield(shared)
  end
end)
print(co(), co())
shared = 100
print(co(), shared)
