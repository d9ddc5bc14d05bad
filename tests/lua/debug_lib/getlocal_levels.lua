-- debug.getlocal/setlocal on a thread and by level: "level out of range" errors, nil for
-- missing indices, changing callers' locals, locals of the main chunk.
local top = "main local"
local function get(level, i) return debug.getlocal(level, i) end
print(get(2, 1))
print(pcall(debug.getlocal, 100, 1))
print(pcall(debug.setlocal, 100, 1, 0))
print(pcall(debug.getlocal, -1, 1))
print(pcall(debug.getlocal, "x", 1))
print(pcall(debug.getlocal, 1))
print(pcall(debug.getlocal, 1, "a"))
local function outer()
  local v = 1
  local function inner()
    print(debug.setlocal(2, 1, 99))
    print(debug.setlocal(2, 5, 0))
  end
  inner()
  return v
end
print(outer())
local co = coroutine.create(function(a, b)
  local c = a + b
  coroutine.yield()
  return c
end)
coroutine.resume(co, 3, 4)
print(debug.getlocal(co, 1, 1))
print(debug.getlocal(co, 1, 3))
print(debug.getlocal(co, 1, 4))
print(debug.setlocal(co, 1, 3, 100))
print(coroutine.resume(co))
print(pcall(debug.getlocal, co, 1, 1))
print(pcall(debug.getlocal, co, 0, 1))
