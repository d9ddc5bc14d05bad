-- Runs out of memory in protected calls and coroutines, then for good (LunacyCommandIT runs it
-- with a small heap; lua5.1 under `ulimit -v 300000` prints the same, given a collection after
-- each failure: its allocator does not collect when it fails). The first line gives the JIT
-- compiler, which shares the heap, time to start.
local start = os.time() while os.time() - start < 3 do end
local function hog()
  local t = {}
  for i = 1, 1e10 do t[i] = string.rep("x", 100000) .. i end
end
print(pcall(hog))
collectgarbage()
print(xpcall(hog, function(m) return "handled: " .. m end))
collectgarbage()
local co = coroutine.create(hog)
print(coroutine.resume(co))
print(coroutine.status(co))
print(pcall(coroutine.wrap(hog)))
collectgarbage()
print(xpcall(coroutine.wrap(hog), function(m) return "handled: " .. m end))
collectgarbage()
print(select("#", pcall(hog)))
collectgarbage()
hog()
print("not reached")
